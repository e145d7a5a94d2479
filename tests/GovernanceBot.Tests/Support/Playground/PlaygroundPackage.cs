namespace GovernanceBot.Tests.Support.Playground;

/// <summary>
/// The pinned <c>@microsoft/m365agentsplayground</c> package in tools/node_modules, installed with the
/// other pinned tools by <see cref="NpmTools"/> (a fresh CI machine has only node and npm).
/// </summary>
public static class PlaygroundPackage
{
    /// <summary>The script the package's <c>agentsplayground</c> bin points to, run with <c>node</c>.</summary>
    public static string CliScript => Path.Combine(NpmTools.Folder, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");

    public static async Task<string> EnsureInstalledAsync(CancellationToken cancellationToken)
    {
        await NpmTools.EnsureInstalledAsync().WaitAsync(cancellationToken);
        return File.Exists(CliScript)
            ? CliScript
            : throw new InvalidOperationException($"npm ci --prefix tools did not install the Agents Playground at {CliScript}.");
    }
}
