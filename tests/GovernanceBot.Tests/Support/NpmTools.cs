using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Support;

/// <summary>
/// The npm packages pinned in tools/package.json. Installed once per test run with
/// <c>npm ci --prefix tools</c> when any pinned package is missing or at another version.
/// </summary>
public static class NpmTools
{
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
}
