using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Manifest;

/// <summary>
/// Validates the packaged manifest against the official Teams v1.22 schema, offline, with the
/// schema shipped in the pinned @microsoft/app-manifest package (tools/validate-manifest.mjs).
/// </summary>
public sealed class ManifestSchemaTests(TeamsAppPackageFixture package) : IClassFixture<TeamsAppPackageFixture>
{
    [Fact]
    public async Task PackagedManifestPassesTheOfficialSchema()
    {
        var errors = await ValidateAsync(package.Manifest);

        Assert.Empty(errors);
    }

    [Fact]
    public async Task ManifestWithAnUnknownRootKeyFailsTheSchema()
    {
        var manifest = package.Manifest;
        manifest["councilId"] = "derby";

        var errors = await ValidateAsync(manifest);

        Assert.Contains(errors, error => error.Contains("additional properties", StringComparison.Ordinal) && error.Contains("councilId", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManifestWithANamedAccentColourFailsTheSchema()
    {
        var manifest = package.Manifest;
        manifest["accentColor"] = "navy";

        var errors = await ValidateAsync(manifest);

        Assert.Contains(errors, error => error.StartsWith("/accentColor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SourceManifestWithItsPlaceholdersFailsTheSchema()
    {
        // Proves the placeholders are what the package build replaces: unfilled, the ids are not GUIDs.
        var source = JsonNode.Parse(await File.ReadAllTextAsync(RepositoryRoot.Combine("manifest", "manifest.json")))!.AsObject();

        var errors = await ValidateAsync(source);

        Assert.Contains(errors, error => error.StartsWith("/id ", StringComparison.Ordinal));
        Assert.Contains(errors, error => error.StartsWith("/bots/0/botId ", StringComparison.Ordinal));
    }

    [Fact]
    public void ManifestIsABotOnlyAppForSchema122InEveryChatScope()
    {
        var manifest = package.Manifest;
        var bot = manifest["bots"]!.AsArray().Single()!;
        var commands = bot["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray().Select(command => command!["title"]!.GetValue<string>()))
            .ToHashSet();

        Assert.Equal("1.22", manifest["manifestVersion"]!.GetValue<string>());
        Assert.Equal("https://developer.microsoft.com/json-schemas/teams/v1.22/MicrosoftTeams.schema.json", manifest["$schema"]!.GetValue<string>());
        Assert.Equal(["groupChat", "personal", "team"], bot["scopes"]!.AsArray().Select(scope => scope!.GetValue<string>()).Order(StringComparer.Ordinal));
        Assert.Superset(new HashSet<string> { "Ask a question", "My requests", "Help" }, commands);
        Assert.Null(manifest["staticTabs"]);
        Assert.Null(manifest["composeExtensions"]);
    }

    private static async Task<IReadOnlyList<string>> ValidateAsync(JsonObject manifest)
    {
        var path = Path.Combine(Path.GetTempPath(), $"governancebot-manifest-{Guid.NewGuid():N}.json");
        try
        {
            await File.WriteAllTextAsync(path, manifest.ToJsonString());
            var result = await NpmTools.RunNodeAsync([RepositoryRoot.Combine("tools", "validate-manifest.mjs"), path]);
            Assert.True(result.ExitCode is 0 or 1, $"The validator could not run: {result}");

            var errors = JsonSerializer.Deserialize<string[]>(result.Output)!;
            Assert.Equal(result.ExitCode == 0, errors.Length == 0);
            return errors;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
