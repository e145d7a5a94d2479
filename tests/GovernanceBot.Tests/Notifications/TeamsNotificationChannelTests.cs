using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Notifications;
using GovernanceBot.Notifications.Teams;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Notifications;

public sealed class TeamsNotificationChannelTests : IAsyncLifetime
{
    const string ChiefExecutive = "11111111-1111-4111-8111-000000000005";

    readonly DeliveryServices services = new();
    LoopbackConnector connector = null!;

    public async Task InitializeAsync() => connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync()
    {
        await connector.DisposeAsync();
        services.Dispose();
    }

    static CancellationToken None => CancellationToken.None;

    [Fact]
    public async Task NotificationGoesToTheRecipientsPersonalChatAsACardWithATextFallback()
    {
        await services.References.UpsertAsync(DeliveryServices.Reference(ChiefExecutive, "a:personal", connector.ServiceUrl), None);

        await services.Teams.DeliverAsync(DeliveryServices.Notification(ChiefExecutive), None);

        var sent = Assert.Single(connector.Activities);
        Assert.Equal("a:personal", sent.ConversationId);
        var activity = sent.Activity!;
        Assert.Equal("DER-2026-0001: for your decision\n\nAlex Morgan asks for the Head of Planning.", activity.Text);
        Assert.Equal(("28:governancebot", "29:" + ChiefExecutive), (activity.From!.Id, activity.Recipient!.Id));
        var card = ((JsonElement)Assert.Single(activity.Attachments!).Content!);
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Contains("\"verb\":\"decide\"", card.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutAPersonalChatOneIsCreatedFromATeamConversationTheRecipientWasSeenIn()
    {
        await services.References.UpsertAsync(DeliveryServices.Reference(ChiefExecutive, "19:team-channel", connector.ServiceUrl, type: "channel"), None);

        await services.Teams.DeliverAsync(DeliveryServices.Notification(ChiefExecutive), None);

        var create = Assert.Single(connector.Requests, r => r.Route == ConnectorRoute.CreateConversation);
        var parameters = JsonSerializer.Deserialize<ConversationParameters>(create.Body, BotJson.Options)!;
        Assert.Equal(["29:" + ChiefExecutive], parameters.Members!.Select(m => m.Id));
        Assert.Equal(("tenant-1", "28:governancebot", false), (parameters.TenantId, parameters.Bot!.Id, parameters.IsGroup));
        var sent = Assert.Single(connector.Activities);
        Assert.StartsWith("a:loopback-conversation-", sent.ConversationId, StringComparison.Ordinal);
        Assert.DoesNotContain(connector.Requests, r => r.ConversationId == "19:team-channel");
        var personal = await services.References.FindPersonalAsync(ChiefExecutive, None);
        Assert.Equal(sent.ConversationId, personal!.ConversationId);
    }

    [Fact]
    public async Task BlockedPersonalChatIsMarkedDeadAndTheRecipientIsReachedThroughAnotherConversation()
    {
        await services.References.UpsertAsync(DeliveryServices.Reference(ChiefExecutive, "a:blocked", connector.ServiceUrl), None);
        await services.References.UpsertAsync(DeliveryServices.Reference(ChiefExecutive, "19:group-chat", connector.ServiceUrl, type: "groupChat"), None);
        connector.RespondNextWithWritesBlocked();

        await services.Teams.DeliverAsync(DeliveryServices.Notification(ChiefExecutive), None);

        Assert.True((await services.References.FindAsync("a:blocked", None))!.Dead);
        Assert.Equal(
            [ConnectorRoute.SendToConversation, ConnectorRoute.CreateConversation, ConnectorRoute.SendToConversation],
            connector.Requests.Select(r => r.Route));
        Assert.StartsWith("a:loopback-conversation-", connector.Requests[^1].ConversationId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RedeliveryOfAKeyAlreadySentSendsOneMessage()
    {
        await services.References.UpsertAsync(DeliveryServices.Reference(ChiefExecutive, "a:personal", connector.ServiceUrl), None);
        var notification = DeliveryServices.Notification(ChiefExecutive);

        await services.Teams.DeliverAsync(notification, None);
        await services.Teams.DeliverAsync(notification with { Attempt = 2 }, None);
        await services.Teams.DeliverAsync(DeliveryServices.Notification(ChiefExecutive, key: "req-1:other"), None);

        Assert.Equal(2, connector.Activities.Count);
    }

    [Fact]
    public async Task RecipientWithNoConversationIsAFailureForTheDispatcherToRetry()
    {
        await services.References.UpsertAsync(DeliveryServices.Reference(ChiefExecutive, "a:blocked", connector.ServiceUrl), None);
        connector.RespondNextWithWritesBlocked();

        await Assert.ThrowsAsync<RecipientUnreachableException>(() => services.Teams.DeliverAsync(DeliveryServices.Notification(ChiefExecutive), None));
        await Assert.ThrowsAsync<RecipientUnreachableException>(() => services.Teams.DeliverAsync(DeliveryServices.Notification("someone-unknown"), None));

        Assert.False(await services.Sent.WasSentAsync("req-1:decision-needed", TeamsNotificationChannel.Name, None));
        Assert.Single(connector.Requests);
    }
}
