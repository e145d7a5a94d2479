// Load and cold-start measurements of the real bot, run as its own process in local mode on loopback.
// Usage (from the repository root):
//   dotnet run -c Release --project benchmarks/GovernanceBot.Load -- load [--conversations 32] [--duration 60] [--warmup 5] [--think 0] [--log-level Information] [--app PATH]
//   dotnet run -c Release --project benchmarks/GovernanceBot.Load -- coldstart [--runs 3] [--log-level Information] [--app PATH]
using GovernanceBot.Benchmarking;
using GovernanceBot.Load;

var mode = args.FirstOrDefault() ?? "load";
var options = Options.Parse(args.Skip(1));
var app = options.Text("app") ?? BotProcess.DefaultAppPath();
var logLevel = options.Text("log-level") ?? "Information";

switch (mode)
{
    case "load":
        return await LoadRun.RunAsync(
            app,
            options.Number("conversations", 32),
            TimeSpan.FromSeconds(options.Number("duration", 60)),
            TimeSpan.FromSeconds(options.Number("warmup", 5)),
            TimeSpan.FromMilliseconds(options.Number("think", 0)),
            logLevel);
    case "coldstart":
        return await ColdStart.RunAsync(app, options.Number("runs", 3), logLevel);
    default:
        Console.Error.WriteLine($"Unknown mode '{mode}': use load or coldstart.");
        return 2;
}
