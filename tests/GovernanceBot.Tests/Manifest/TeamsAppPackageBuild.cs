using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Manifest;

/// <summary>Runs manifest/TeamsAppPackage.proj, the same build a developer runs before sideloading.</summary>
public static class TeamsAppPackageBuild
{
    public static Task<CommandResult> RunAsync(string outputFolder, string? botId, string? appVersion = null)
    {
        List<string> arguments =
        [
            "msbuild", RepositoryRoot.Combine("manifest", "TeamsAppPackage.proj"),
            "-nologo", "-nodeReuse:false", $"-p:PackageOutputPath={outputFolder}",
        ];
        if (botId is not null)
        {
            arguments.Add($"-p:BotId={botId}");
        }

        if (appVersion is not null)
        {
            arguments.Add($"-p:AppVersion={appVersion}");
        }

        // The build also reads BOT_ID and APP_VERSION; the test's own arguments must be all it sees.
        var environment = new Dictionary<string, string?> { ["BOT_ID"] = null, ["APP_VERSION"] = null };
        return ExternalCommand.RunAsync(ExternalCommand.DotnetHost, arguments, RepositoryRoot.Path, environment);
    }
}
