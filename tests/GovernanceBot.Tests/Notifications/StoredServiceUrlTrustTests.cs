using GovernanceBot.BotFramework;
using GovernanceBot.Notifications.Teams;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Tests.Notifications;

public sealed class StoredServiceUrlTrustTests : IDisposable
{
    readonly DeliveryServices services = new();

    public void Dispose() => services.Dispose();

    [Fact]
    public async Task AfterARestartOnlyTheServiceUrlsOfLiveStoredConversationsAreTrusted()
    {
        await services.References.UpsertAsync(DeliveryServices.Reference("user-1", "a:live", "https://smba.trafficmanager.net/uk/"), CancellationToken.None);
        await services.References.UpsertAsync(DeliveryServices.Reference("user-2", "a:dead", "https://smba.dead.example/teams/"), CancellationToken.None);
        await services.References.MarkDeadAsync("a:dead", CancellationToken.None);
        var trusted = new TrustedServiceUrls(
            Options.Create(new BotFrameworkOptions { MicrosoftAppId = "00000000-0000-4000-8000-00000000b07" }), Options.Create(new ConnectorOptions()));
        var untrustedBefore = trusted.IsTrusted("https://smba.trafficmanager.net/uk/v3/conversations");

        await new StoredServiceUrlTrust(services.References, trusted, NullLogger<StoredServiceUrlTrust>.Instance).StartingAsync(CancellationToken.None);

        Assert.False(untrustedBefore);
        Assert.True(trusted.IsTrusted("https://smba.trafficmanager.net/uk/v3/conversations"));
        Assert.False(trusted.IsTrusted("https://smba.dead.example/teams/"));
        Assert.False(trusted.IsTrusted("https://elsewhere.example/"));
    }
}
