using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Support;

/// <summary>
/// The npm packages pinned in tools/package.json, the one installer for every test that drives them.
/// Installed with <c>npm ci --prefix tools</c> when any pinned package is missing or at another version.
/// </summary>
public static class NpmTools
{
    // A guard against a test process waiting forever on another's install, not a timing assertion.
    private static readonly TimeSpan LockGuard = TimeSpan.FromMinutes(5);

    private static readonly Lazy<Task> Installation = new(InstallWhenStaleAsync);

    public static string Folder => RepositoryRoot.Combine("tools");

    public static Task EnsureInstalledAsync() => Installation.Value;

    /// <summary>Runs <c>node</c> from the repository root after making sure the tools are installed.</summary>
    public static async Task<CommandResult> RunNodeAsync(IEnumerable<string> arguments, CancellationToken cancellationToken = default)
    {
        await EnsureInstalledAsync();
        return await ExternalCommand.RunAsync("node", arguments, RepositoryRoot.Path, cancellationToken: cancellationToken);
    }

    private static async Task InstallWhenStaleAsync()
    {
        if (PinnedPackagesInstalled())
        {
            return;
        }

        // npm ci deletes node_modules first, so a second test process installing at the same time would
        // pull packages away from the first: installs are serialised by a lock file, and whoever gets it
        // second finds the packages already there.
        await using var crossProcess = await AcquireLockFileAsync();
        if (PinnedPackagesInstalled())
        {
            return;
        }

        var npm = OperatingSystem.IsWindows() ? "npm.cmd" : "npm";
        var result = await ExternalCommand.RunAsync(npm, ["ci", "--prefix", "tools", "--no-audit", "--no-fund"], RepositoryRoot.Path);
        if (result.ExitCode != 0 || !PinnedPackagesInstalled())
        {
            throw new InvalidOperationException($"npm ci --prefix tools failed: {result}");
        }
    }

    // A node_modules folder left from before a merge may lack a newly pinned package, so the
    // check is per package and version rather than "does node_modules exist".
    private static bool PinnedPackagesInstalled()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "package.json")));
        var dependencies = manifest?["dependencies"]?.AsObject() ?? new JsonObject();
        foreach (var (name, version) in dependencies)
        {
            var installed = Path.Combine(Folder, "node_modules", name, "package.json");
            if (!File.Exists(installed)
                || JsonNode.Parse(File.ReadAllText(installed))?["version"]?.GetValue<string>() != version?.GetValue<string>())
            {
                return false;
            }
        }

        return true;
    }

    private static async Task<FileStream> AcquireLockFileAsync()
    {
        // In the temp folder rather than tools/, so no lock file can end up committed; named
        // after the checkout so separate worktrees do not wait for each other.
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Folder)))[..16];
        var path = Path.Combine(Path.GetTempPath(), $"governancebot-npm-ci-{key}.lock");
        using var guard = new CancellationTokenSource(LockGuard);
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
}
