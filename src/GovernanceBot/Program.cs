using GovernanceBot.BotFramework;
using GovernanceBot.Channel;
using GovernanceBot.Cli;
using GovernanceBot.Councils;
using GovernanceBot.Knowledge;
using GovernanceBot.Requests;
using GovernanceBot.Storage;

if (GovernanceBotCli.IsCommand(args))
{
    return await GovernanceBotCli.RunAsync(args);
}

// appsettings.json and the sample councils are copied next to the app, so it runs the same from any directory.
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.Services.AddKnowledge();
builder.Services.AddKnowledgeIndexingOnStart();
builder.Services.AddBotStorage(builder.Configuration);
builder.Services.AddCouncils();
builder.Services.AddRequests();
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddTeamsChannel();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapBotEndpoints();
await app.RunAsync();
return 0;

public partial class Program;
