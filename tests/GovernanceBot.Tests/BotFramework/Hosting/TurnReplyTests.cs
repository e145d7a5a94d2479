using System.Net;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.BotFramework.Support;
using GovernanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

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
        var sent = await connector.WaitForActivitiesAsync(2, Patience);
        Assert.Equal([ActivityTypes.Typing, ActivityTypes.Message], sent.Select(r => r.Activity!.Type));
        var reply = sent[1];
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

        var sent = await connector.WaitForActivitiesAsync(2, Patience);
        Assert.All(sent, request => Assert.Null(request.Authorization));
        Assert.Equal("pong", sent[1].Activity!.Text);
    }

    [Fact]
    public async Task ProactiveMessageStartsANewMessageInTheStoredConversation()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartAuthenticatedAsync(fixture.Authority, credential: new FixedTokenCredential("connector-token"));
        var inbound = Activities.Message("hello", serviceUrl: connector.ServiceUrl);
        await host.Client.SendAsync(Activities.Post(inbound, $"Bearer {fixture.Authority.ChannelToken(connector.ServiceUrl)}"));
        var reference = inbound.GetConversationReference();

        await host.Services.GetRequiredService<CloudAdapter>().ContinueConversationAsync(reference, async (turn, ct) =>
        {
            Assert.False(turn.Authentication.IsInbound);
            await turn.SendActivityAsync("Your request was approved.", ct);
        }, CancellationToken.None);

        var sent = Assert.Single(await connector.WaitForActivitiesAsync(1, Patience));
        Assert.Equal(ConnectorRoute.SendToConversation, sent.Route);
        Assert.Equal("a:personal-chat", sent.ConversationId);
        Assert.Equal("Bearer connector-token", sent.Authorization);
        Assert.Equal("29:user", sent.Activity!.Recipient!.Id);
    }

    [Fact]
    public async Task ProactiveMessageToAnUntrustedServiceUrlIsRefused()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var host = await BotHost.StartAuthenticatedAsync(fixture.Authority, credential: new FixedTokenCredential("connector-token"));
        var reference = Activities.Message(serviceUrl: connector.ServiceUrl).GetConversationReference();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            host.Services.GetRequiredService<CloudAdapter>().ContinueConversationAsync(
                reference, (turn, ct) => turn.SendActivityAsync("Your request was approved.", ct), CancellationToken.None));

        Assert.Empty(connector.Requests);
    }
}
