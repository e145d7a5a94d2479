using System.Net;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.BotFramework.Support;
using GovernanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.BotFramework.Connector;

public sealed class ConnectorClientTests
{
    private static Activity Reply(string text) => new() { Type = ActivityTypes.Message, Text = text };

    private static ConnectorClient LocalClient(ServiceProvider services, LoopbackConnector connector) =>
        services.GetRequiredService<ConnectorClientFactory>().Create(connector.ServiceUrl);

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests)]
    [InlineData(HttpStatusCode.PreconditionFailed)]
    public async Task ThrottledSendIsRetriedUntilItSucceeds(HttpStatusCode status)
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var services = ConnectorServices.Local();
        connector.RespondNext(status, retryAfter: TimeSpan.Zero);

        var sent = await LocalClient(services, connector).SendToConversationAsync("a:chat", Reply("hello"), CancellationToken.None);

        Assert.Equal("loopback-activity-2", sent.Id);
        Assert.Equal(2, connector.Requests.Count);
        Assert.All(connector.Requests, r => Assert.Equal(ConnectorRoute.SendToConversation, r.Route));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError)]
    [InlineData(HttpStatusCode.BadGateway)]
    [InlineData(HttpStatusCode.GatewayTimeout)]
    public async Task FailedPostIsNotRetriedBecauseTheMessageMayHaveBeenPosted(HttpStatusCode status)
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var services = ConnectorServices.Local();
        connector.RespondNext(status);

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            LocalClient(services, connector).SendToConversationAsync("a:chat", Reply("hello"), CancellationToken.None));

        Assert.Equal(status, failure.StatusCode);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task FailedUpdateIsRetriedBecauseItIsIdempotent()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var services = ConnectorServices.Local();
        connector.RespondNext(HttpStatusCode.ServiceUnavailable);

        await LocalClient(services, connector).UpdateActivityAsync("a:chat", "card-1", Reply("updated"), CancellationToken.None);

        Assert.Equal(2, connector.Requests.Count);
        Assert.Equal("card-1", connector.Requests[1].ActivityId);
    }

    [Fact]
    public async Task BlockedConversationRaisesConversationBlocked()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var services = ConnectorServices.Local();
        connector.RespondNextWithWritesBlocked();

        var failure = await Assert.ThrowsAsync<ConversationBlockedException>(() =>
            LocalClient(services, connector).SendToConversationAsync("a:chat", Reply("hello"), CancellationToken.None));

        Assert.Equal("loopback.1", failure.CorrelationVector);
        Assert.Single(connector.Requests);
    }

    [Fact]
    public async Task OtherForbiddenAnswersAreNotTakenForABlockedConversation()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var services = ConnectorServices.Local();
        connector.RespondNext(HttpStatusCode.Forbidden, """{"error":{"code":"BotNotInConversationRoster","message":"no"}}""");

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            LocalClient(services, connector).SendToConversationAsync("a:chat", Reply("hello"), CancellationToken.None));

        Assert.IsNotType<ConversationBlockedException>(failure);
        Assert.Equal("BotNotInConversationRoster", failure.ErrorCode);
    }

    [Fact]
    public async Task EveryOperationReachesItsRoute()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var services = ConnectorServices.Local();
        var client = LocalClient(services, connector);

        await client.SendToConversationAsync("19:abc@thread.tacv2;messageid=1", Reply("one"), CancellationToken.None);
        await client.ReplyToActivityAsync("a:chat", "msg-1", Reply("two"), CancellationToken.None);
        await client.UpdateActivityAsync("a:chat", "msg-2", Reply("three"), CancellationToken.None);
        await client.DeleteActivityAsync("a:chat", "msg-3", CancellationToken.None);
        var created = await client.CreateConversationAsync(ConversationParameters.PersonalChat("29:user", "tenant-1"), CancellationToken.None);
        var member = await client.GetConversationMemberAsync("a:chat", "29:user", CancellationToken.None);

        Assert.Equal(
            [ConnectorRoute.SendToConversation, ConnectorRoute.ReplyToActivity, ConnectorRoute.UpdateActivity, ConnectorRoute.DeleteActivity, ConnectorRoute.CreateConversation, ConnectorRoute.GetMember],
            connector.Requests.Select(r => r.Route));
        Assert.Equal("19:abc@thread.tacv2;messageid=1", connector.Requests[0].ConversationId);
        Assert.Equal("msg-1", connector.Requests[1].ActivityId);
        Assert.Equal("three", connector.Requests[2].Activity!.Text);
        Assert.Contains("\"tenantId\":\"tenant-1\"", connector.Requests[4].Body);
        Assert.StartsWith("a:loopback-conversation-", created.Id);
        Assert.Equal("29:user", member.Id);
    }

    [Fact]
    public async Task LocalModeSendsNoToken()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var services = ConnectorServices.Local();

        await LocalClient(services, connector).SendToConversationAsync("a:chat", Reply("hello"), CancellationToken.None);

        Assert.Null(Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task TrustedServiceUrlReceivesTheBotToken()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        await using var services = ConnectorServices.Authenticated(new FixedTokenCredential("connector-token"));
        services.GetRequiredService<TrustedServiceUrls>().Trust(connector.ServiceUrl);

        await services.GetRequiredService<ConnectorClientFactory>().Create(connector.ServiceUrl)
            .SendToConversationAsync("a:chat", Reply("hello"), CancellationToken.None);

        Assert.Equal("Bearer connector-token", Assert.Single(connector.Requests).Authorization);
    }

    [Fact]
    public async Task UntrustedServiceUrlIsRefusedAndNothingIsSent()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        var credential = new FixedTokenCredential("connector-token");
        await using var services = ConnectorServices.Authenticated(credential);

        Assert.Throws<UntrustedServiceUrlException>(() => services.GetRequiredService<ConnectorClientFactory>().Create(connector.ServiceUrl));
        // Even a raw request through the connector pipeline is stopped before the token is fetched.
        var http = services.GetRequiredService<IHttpClientFactory>().CreateClient(ConnectorClientFactory.HttpClientName);
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() => http.GetAsync($"{connector.ServiceUrl}v3/conversations/a:chat/members/29:user"));

        Assert.Empty(connector.Requests);
        Assert.Equal(0, credential.Requests);
    }
}
