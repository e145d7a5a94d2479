using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Manifest;

public sealed class TeamsAppPackageTests(TeamsAppPackageFixture package) : IClassFixture<TeamsAppPackageFixture>
{
    [Fact]
    public void PackageHoldsExactlyTheManifestAndBothIconsAtTheRoot()
    {
        Assert.Equal(["color.png", "manifest.json", "outline.png"], package.EntryNames);
    }

    [Fact]
    public void PackagedManifestCarriesTheBotIdAndVersion()
    {
        var manifest = package.Manifest;

        Assert.Equal(TeamsAppPackageFixture.BotId, manifest["id"]!.GetValue<string>());
        Assert.Equal(TeamsAppPackageFixture.BotId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(TeamsAppPackageFixture.AppVersion, manifest["version"]!.GetValue<string>());
        Assert.DoesNotContain("${{", package.ManifestText, StringComparison.Ordinal);
    }

    [Fact]
    public void PackagedIconsAreTheCommittedIcons()
    {
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("manifest", "color.png")), package.ReadEntry("color.png"));
        Assert.Equal(File.ReadAllBytes(RepositoryRoot.Combine("manifest", "outline.png")), package.ReadEntry("outline.png"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not-a-guid")]
    public async Task PackageBuildRefusesAMissingOrMalformedBotId(string? botId)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"governancebot-teams-app-{Guid.NewGuid():N}");
        try
        {
            var build = await TeamsAppPackageBuild.RunAsync(folder, botId);

            Assert.NotEqual(0, build.ExitCode);
            Assert.Contains("bot", build.Output, StringComparison.OrdinalIgnoreCase);
            Assert.False(File.Exists(Path.Combine(folder, "GovernanceBot.zip")));
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
