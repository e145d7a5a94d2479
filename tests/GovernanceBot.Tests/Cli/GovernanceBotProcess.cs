using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Cli;

/// <summary>
/// Runs the built app's command line in a child process, as a user would, so each test has its own console. The app
/// is run with the test project's runtime config and dependencies, which include everything the app needs.
/// </summary>
static class GovernanceBotProcess
{
    public static Task<CommandResult> RunAsync(params string[] arguments) => RunAsync(null, arguments);

    /// <summary>Runs the command line with these environment variables set (a null value unsets one).</summary>
    public static Task<CommandResult> RunAsync(IReadOnlyDictionary<string, string?>? environment, params string[] arguments)
    {
        var folder = AppContext.BaseDirectory;
        string[] host =
        [
            "exec",
            "--runtimeconfig", Path.Combine(folder, "GovernanceBot.Tests.runtimeconfig.json"),
            "--depsfile", Path.Combine(folder, "GovernanceBot.Tests.deps.json"),
            Path.Combine(folder, "GovernanceBot.dll"),
        ];
        return ExternalCommand.RunAsync("dotnet", [.. host, .. arguments], folder, environment);
    }
}
