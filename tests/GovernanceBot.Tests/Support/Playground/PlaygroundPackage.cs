using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Support.Playground;

/// <summary>
/// The pinned <c>@microsoft/m365agentsplayground</c> package in tools/node_modules, installed with
/// <c>npm ci --prefix tools</c> when it is missing (a fresh CI machine has only node and npm).
/// </summary>
public static class PlaygroundPackage
{
    private const string Name = "@microsoft/m365agentsplayground";

    // A guard against a hung npm, not a timing assertion.
    private static readonly TimeSpan InstallGuard = TimeSpan.FromMinutes(5);
    private static readonly SemaphoreSlim InProcess = new(1, 1);

    public static string ToolsFolder => RepositoryRoot.Combine("tools");

    /// <summary>The script the package's <c>agentsplayground</c> bin points to, run with <c>node</c>.</summary>
    public static string CliScript => Path.Combine(ToolsFolder, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public static async Task<string> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        if (Installed())
        {
            return CliScript;
        }

        await InProcess.WaitAsync(cancellationToken);
        try
        {
            // npm ci deletes node_modules first, so a second test process installing at the same
            // time would pull the package away from the first: installs are serialised by a lock
            // file, and whoever gets it second finds the package already there.
            await using var crossProcess = await AcquireLockFileAsync(cancellationToken);
            if (!Installed())
            {
                await RunNpmCiAsync(cancellationToken);
            }
        }
        finally
        {
            InProcess.Release();
        }

        return Installed()
            ? CliScript
            : throw new InvalidOperationException($"npm ci --prefix tools did not install {Name} {PinnedVersion()}.");
    }

    private static bool Installed()
    {
        var installed = Path.Combine(Path.GetDirectoryName(CliScript)!, "package.json");
        return File.Exists(CliScript)
            && File.Exists(installed)
            && JsonNode.Parse(File.ReadAllText(installed))?["version"]?.GetValue<string>() == PinnedVersion();
    }

    private static string PinnedVersion() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ToolsFolder, "package.json")))?["dependencies"]?[Name]?.GetValue<string>()
        ?? throw new InvalidOperationException($"tools/package.json does not pin {Name}.");

    private static async Task<FileStream> AcquireLockFileAsync(CancellationToken cancellationToken)
    {
        // In the temp folder rather than tools/, so no lock file can end up committed; named
        // after the checkout so separate worktrees do not wait for each other.
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(ToolsFolder)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"governancebot-npm-ci-{key}.lock");
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(InstallGuard);
        while (true)
        {
            try
            {
                // Not DeleteOnClose: a waiter could lock the unlinked file while a third process
                // locks a new one at the same path. The empty file stays in the temp folder.
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), guard.Token);
            }
        }
    }

    private static async Task RunNpmCiAsync(CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(OperatingSystem.IsWindows() ? "npm.cmd" : "npm")
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "ci", "--prefix", "tools", "--no-audit", "--no-fund" })
        {
            start.ArgumentList.Add(argument);
        }

        using var npm = Process.Start(start) ?? throw new InvalidOperationException("Could not start npm.");
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(InstallGuard);
        var output = npm.StandardOutput.ReadToEndAsync(guard.Token);
        var error = npm.StandardError.ReadToEndAsync(guard.Token);
        try
        {
            await npm.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            npm.Kill(entireProcessTree: true);
            throw;
        }

        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"npm ci --prefix tools failed with exit code {npm.ExitCode}:\n{await output}\n{await error}");
        }
    }
}
