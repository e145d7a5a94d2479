using GovernanceBot.Tests.Storage;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Hosting;

public sealed class ConfigurationErrorTests : IDisposable
{
    readonly TempDataFolder data = new();

    public void Dispose() => data.Dispose();

    [Theory]
    [InlineData("MicrosoftAppTenantId", "MicrosoftAppType=SingleTenant", "MicrosoftAppId=6f1a7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "MicrosoftAppPassword=secret")]
    [InlineData("MicrosoftAppType 'Sometimes'", "MicrosoftAppType=Sometimes", "MicrosoftAppId=6f1a7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b", "MicrosoftAppPassword=secret")]
    [InlineData("Bot:MicrosoftAppId is no longer read", "Bot__MicrosoftAppId=6f1a7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b")]
    [InlineData("PORT 'eighty'", "PORT=eighty")]
    [InlineData("ASPNETCORE_URLS 'nowhere'", "ASPNETCORE_URLS=nowhere")]
    [InlineData("'Notifications:PollSeconds'", "Notifications__PollSeconds=often")]
    [InlineData("Channel:TypingDelayMilliseconds", "Channel__TypingDelayMilliseconds=-5")]
    public async Task InvalidSettingExitsWithCode2AndOneLineNamingTheKey(string named, params string[] settings)
    {
        var result = await AppProcess.RunToExitAsync(AppSettings.With(data, [.. settings.Select(Setting)]));

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Invalid configuration: ", line);
        Assert.Contains(named, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADataFolderThatCannotBeWrittenExitsWithCode2NamingStorageDataPath()
    {
        var file = Path.Combine(data.Path, "a-file");
        await File.WriteAllTextAsync(file, "");

        var result = await AppProcess.RunToExitAsync(AppSettings.With(data, ("Storage__DataPath", Path.Combine(file, "data"))));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Invalid configuration: Storage:DataPath", Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }

    static (string, string) Setting(string pair) => (pair[..pair.IndexOf('=')], pair[(pair.IndexOf('=') + 1)..]);
}
