using System.Net;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.BotFramework.Support;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.BotFramework.Hosting;

public sealed class TurnReplyTests(SigningAuthorityFixture fixture) : IClassFixture<SigningAuthorityFixture>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AuthenticatedTurnRepliesToItsServiceUrlWithTheBotToken()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartAuthenticatedAsync(fixture.Authority, credential: new FixedTokenCredential("connector-token"));
        var activity = Activities.Message("ping", serviceUrl: connector.ServiceUrl);

        var response = await host.Client.SendAsync(Activities.Post(activity, $"Bearer {fixture.Authority.ChannelToken(connector.ServiceUrl)}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1, Patience));
        Assert.Equal(ConnectorRoute.ReplyToActivity, reply.Route);
        Assert.Equal("a:personal-chat", reply.ConversationId);
        Assert.Equal(activity.Id, reply.ActivityId);
        Assert.Equal("Bearer connector-token", reply.Authorization);
        Assert.Equal("pong", reply.Activity!.Text);
        Assert.Equal($"28:{SigningAuthority.AppId}", reply.Activity.From!.Id);
        Assert.Equal("29:user", reply.Activity.Recipient!.Id);
    }

    [Fact]
    public async Task LocalTurnRepliesWithoutAToken()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartLocalAsync(IPAddress.Loopback);

        await host.Client.SendAsync(Activities.Post(Activities.Message("ping", serviceUrl: connector.ServiceUrl)));

        var reply = Assert.Single(await connector.WaitForActivitiesAsync(1, Patience));
        Assert.Null(reply.Authorization);
        Assert.Equal("pong", reply.Activity!.Text);
    }
}
