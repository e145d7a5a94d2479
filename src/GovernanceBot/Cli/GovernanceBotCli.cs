using System.CommandLine;

namespace GovernanceBot.Cli;

/// <summary>The command-line face of the app: with a known subcommand it runs that and exits; otherwise the bot starts.</summary>
public static class GovernanceBotCli
{
    static readonly string[] Commands = ["index", "ask", "eval", "calibrate", "clauses", "outbox", "audit", "embed-examples", "--help", "-h", "-?", "--version"];

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.Contains(args[0]);

    public static Task<int> RunAsync(string[] args)
    {
        var root = new RootCommand("GovernanceBot: answers questions on a council's councillor/officer protocol.")
        {
            IndexCommand.Create(),
            AskCommand.Create(),
            EvalCommand.Create(),
            CalibrateCommand.Create(),
            ClausesCommand.Create(),
            OutboxCommand.Create(),
            AuditCommand.Create(),
            EmbedExamplesCommand.Create(),
        };
        return root.Parse(args).InvokeAsync();
    }
}
