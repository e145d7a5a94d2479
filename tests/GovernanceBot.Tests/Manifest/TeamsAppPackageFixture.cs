using System.IO.Compression;
using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Manifest;

/// <summary>Builds the Teams app package once, into a temporary folder, for the tests that read it.</summary>
public sealed class TeamsAppPackageFixture : IAsyncLifetime
{
    public const string BotId = "3f2c9a71-8d4e-4b6a-9c1f-5e7d2a0b8c64";
    public const string AppVersion = "2.3.4";

    private readonly string folder = Path.Combine(Path.GetTempPath(), $"governancebot-teams-app-{Guid.NewGuid():N}");

    public string PackagePath => Path.Combine(folder, "GovernanceBot.zip");

    public IReadOnlyList<string> EntryNames { get; private set; } = [];

    public string ManifestText { get; private set; } = "";

    public JsonObject Manifest => JsonNode.Parse(ManifestText)!.AsObject();

    public async Task InitializeAsync()
    {
        var build = await TeamsAppPackageBuild.RunAsync(folder, BotId, AppVersion);
        if (build.ExitCode != 0)
        {
            throw new InvalidOperationException($"The Teams app package build failed: {build}");
        }

        using var zip = ZipFile.OpenRead(PackagePath);
        EntryNames = [.. zip.Entries.Select(entry => entry.FullName).Order(StringComparer.Ordinal)];
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        ManifestText = await reader.ReadToEndAsync();
    }

    public byte[] ReadEntry(string name)
    {
        using var zip = ZipFile.OpenRead(PackagePath);
        using var entry = zip.GetEntry(name)!.Open();
        using var bytes = new MemoryStream();
        entry.CopyTo(bytes);
        return bytes.ToArray();
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        return Task.CompletedTask;
    }
}
