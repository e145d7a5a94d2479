using System.Net;
using GovernanceBot.Tests.BotFramework.Support;

namespace GovernanceBot.Tests.BotFramework.Authentication;

public sealed class KeyRolloverTests
{
    [Fact]
    public async Task KeyPublishedAfterTheMetadataWasCachedIsFoundByARefresh()
    {
        await using var authority = await SigningAuthority.StartAsync();
        await using var host = await BotHost.StartAuthenticatedAsync(authority);
        var before = await host.Client.SendAsync(Activities.Post(Activities.Message(), $"Bearer {authority.ChannelToken(Activities.DefaultServiceUrl)}"));

        authority.RollOverKeys();
        var after = await host.Client.SendAsync(Activities.Post(Activities.Message(), $"Bearer {authority.ChannelToken(Activities.DefaultServiceUrl, key: authority.NextKey)}"));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.Equal(2, host.Bot.Turns.Count);
    }
}
