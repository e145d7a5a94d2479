using System.Net;
using GovernanceBot.Tests.BotFramework.Support;
using GovernanceBot.Tests.Storage;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Hosting;

/// <summary>
/// The acceptance: the app started as a process with the SDK's SingleTenant settings and ASPNETCORE_URLS on a
/// loopback port answers /healthz there and refuses every forged or missing token. The signing keys come from a loopback
/// authority (Bot__*MetadataUrl), so nothing leaves the machine and each refusal is a real validation, not a failed fetch.
/// </summary>
public sealed class SingleTenantAcceptanceTests : IAsyncLifetime
{
    const string ServiceUrl = Activities.DefaultServiceUrl;

    readonly TempDataFolder data = new();
    readonly int port = AppProcess.FreePort();
    SigningAuthority authority = null!;
    AppProcess app = null!;

    Uri BaseAddress => new($"http://127.0.0.1:{port}");

    public async Task InitializeAsync()
    {
        authority = await SigningAuthority.StartAsync();
        app = AppProcess.Start(AppSettings.With(data,
            ("MicrosoftAppType", "SingleTenant"),
            ("MicrosoftAppId", SigningAuthority.AppId),
            ("MicrosoftAppPassword", "a-client-secret-never-used-here"),
            ("MicrosoftAppTenantId", SigningAuthority.TenantId),
            ("ASPNETCORE_URLS", BaseAddress.ToString().TrimEnd('/')),
            ("Bot__ChannelMetadataUrl", authority.ChannelMetadataUrl),
            ("Bot__EntraMetadataUrl", authority.EntraMetadataUrl)));
    }

    public async Task DisposeAsync()
    {
        await app.DisposeAsync();
        await authority.DisposeAsync();
        data.Dispose();
    }

    [Fact]
    public async Task HealthAnswersOnTheGivenPortInSingleTenantAuthenticatedMode()
    {
        Assert.Equal("ok", await app.WaitUntilHealthyAsync(BaseAddress));
        Assert.Contains("Authenticated mode: MicrosoftAppType SingleTenant", app.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("LOCAL MODE", app.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EveryForgedOrMissingTokenGets401()
    {
        await app.WaitUntilHealthyAsync(BaseAddress);
        using var client = new HttpClient { BaseAddress = BaseAddress };

        var statuses = new Dictionary<string, HttpStatusCode>();
        foreach (var shape in ForgedTokens.Shapes)
        {
            var activity = Activities.Message(serviceUrl: shape == "tampered payload" ? "https://attacker.example/" : ServiceUrl);
            using var response = await client.SendAsync(Activities.Post(activity, ForgedTokens.Header(shape, authority, ServiceUrl)));
            statuses[shape] = response.StatusCode;
        }

        Assert.All(statuses, pair => Assert.True(pair.Value == HttpStatusCode.Unauthorized, $"{pair.Key}: {pair.Value}"));
    }
}
