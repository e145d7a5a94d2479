using GovernanceBot.BotFramework;
using GovernanceBot.Channel;
using GovernanceBot.Cli;
using GovernanceBot.Knowledge;
using GovernanceBot.Requests;
using GovernanceBot.Storage;

if (GovernanceBotCli.IsCommand(args))
{
    return await GovernanceBotCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddKnowledge();
builder.Services.AddKnowledgeIndexingOnStart();
builder.Services.AddBotStorage(builder.Configuration);
builder.Services.AddRequestWorkflow();
builder.Services.AddBotFramework(builder.Configuration);
builder.Services.AddTeamsChannel();

var app = builder.Build();
app.MapGet("/healthz", () => Results.Text("ok"));
app.MapBotEndpoints();
await app.RunAsync();
return 0;

public partial class Program;
