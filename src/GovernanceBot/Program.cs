using GovernanceBot.BotFramework;
using GovernanceBot.Channel;
using GovernanceBot.Cli;
using GovernanceBot.Councils;
using GovernanceBot.Hosting;
using GovernanceBot.Knowledge;
using GovernanceBot.Requests;
using GovernanceBot.Storage;
using GovernanceBot.Telemetry;

if (GovernanceBotCli.IsCommand(args))
{
    return await GovernanceBotCli.RunAsync(args);
}

try
{
    // appsettings.json and the sample councils are copied next to the app, so it runs the same from any directory.
    var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
    builder.UseConventionalListenAddresses();
    builder.Services.AddTelemetry(builder.Configuration);
    builder.Services.AddKnowledge();
    builder.Services.AddKnowledgeIndexingOnStart();
    builder.Services.AddBotStorage(builder.Configuration);
    builder.Services.AddCouncils();
    builder.Services.AddRequests();
    builder.Services.AddBotFramework(builder.Configuration);
    builder.Services.AddTeamsChannel();

    var app = builder.Build();
    StartupFailure.ValidateConfiguration(app.Services);
    app.MapGet("/healthz", () => Results.Text("ok"));
    app.MapBotEndpoints();
    await app.RunAsync();
    return 0;
}
catch (Exception exception) when (StartupFailure.IsConfigurationMistake(exception))
{
    return StartupFailure.Report(exception, Console.Error);
}

public partial class Program;
