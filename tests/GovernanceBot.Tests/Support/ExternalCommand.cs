using System.Diagnostics;

namespace GovernanceBot.Tests.Support;

/// <summary>The outcome of a finished child process.</summary>
public sealed record CommandResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}";
}

/// <summary>Runs a tool the tests drive (node, npm, dotnet msbuild) and captures what it prints.</summary>
public static class ExternalCommand
{
    // A guard against a hung tool, not a timing assertion: the test fails instead of hanging CI.
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(5);

    public static async Task<CommandResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        IReadOnlyDictionary<string, string?>? environment = null,
        CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // A null value removes the variable, so the child does not inherit it from the test run.
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
            {
                start.Environment.Remove(name);
            }
            else
            {
                start.Environment[name] = value;
            }
        }

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start {fileName}.");
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(HangGuard);

        var output = process.StandardOutput.ReadToEndAsync(guard.Token);
        var error = process.StandardError.ReadToEndAsync(guard.Token);
        try
        {
            await process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new CommandResult(process.ExitCode, await output, await error);
    }

    /// <summary>The dotnet host running the tests, so child builds use the same SDK.</summary>
    public static string DotnetHost =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
