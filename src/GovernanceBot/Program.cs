using GovernanceBot.Cli;

if (GovernanceBotCli.IsCommand(args))
{
    return await GovernanceBotCli.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();
app.MapGet("/healthz", () => Results.Text("ok"));
await app.RunAsync();
return 0;

public partial class Program;
