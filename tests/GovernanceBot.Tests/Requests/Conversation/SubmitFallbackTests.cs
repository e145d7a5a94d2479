using System.Net;
using GovernanceBot.BotFramework;
using GovernanceBot.Notifications;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Channel;
using GovernanceBot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

/// <summary>Decisions from clients without Universal Actions: the press is a message whose value is the card's data.</summary>
public sealed class SubmitFallbackTests(BotApp app) : IClassFixture<BotApp>
{
    [Fact]
    public async Task ASubmittedDecisionReplacesTheCardItCameFrom()
    {
        var request = await AttendanceRequestAsync(app);

        var sent = await app.TurnAsync(Pressed(app, "fallback-update", "card-approve", Decide(request, "Approve")));

        var update = Assert.Single(Requests(app, "fallback-update"));
        Assert.Equal((ConnectorRoute.UpdateActivity, "card-approve"), (update.Route, update.ActivityId));
        Assert.Contains("Approved by you on", Texts(Assert.Single(sent)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ADeclineWithoutAReasonAsksForItAndTakesTheNextMessage()
    {
        var request = await AttendanceRequestAsync(app);

        var asked = Assert.Single(await app.TurnAsync(Pressed(app, "fallback-reason", "card-decline", Decide(request, "Decline"))));
        var confirm = Assert.Single(await app.SayAsync(ChiefExecutive, "fallback-reason", "The subject is too political for an officer to advise on."));
        var undecided = (await StoredAsync(request)).State;
        var declined = await app.SayAsync(ChiefExecutive, "fallback-reason", "yes");

        Assert.StartsWith($"What is your reason for declining {request.Reference}?", asked.Text, StringComparison.Ordinal);
        Assert.StartsWith($"Decline {request.Reference} with reason \"The subject is too political", confirm.Text, StringComparison.Ordinal);
        Assert.Equal(RequestState.Submitted, undecided);
        var update = Assert.Single(declined);
        Assert.Contains("Declined by you on", Texts(update), StringComparison.Ordinal);
        Assert.Equal((ConnectorRoute.UpdateActivity, "card-decline"), Route(app, "fallback-reason"));
        var told = Assert.Single(await OutboxAsync(app, request.Reference), m => m.Message.Kind == "request-declined");
        Assert.Equal(LabourCouncillor, told.RecipientAadObjectId);
        Assert.Contains("too political", told.Message.Text, StringComparison.Ordinal);
        Assert.Equal(RequestState.Declined, (await StoredAsync(request)).State);
    }

    [Fact]
    public async Task CancellingTheReasonLeavesTheRequestUndecidedAndTheNextMessageIsAQuestionAgain()
    {
        var request = await AttendanceRequestAsync(app);
        await app.TurnAsync(Pressed(app, "fallback-cancel", "card-cancel", Decide(request, "Decline")));

        var cancelled = Assert.Single(await app.SayAsync(ChiefExecutive, "fallback-cancel", "cancel"));
        var after = Assert.Single(await app.SayAsync(ChiefExecutive, "fallback-cancel", "cancel"));

        Assert.Equal($"Cancelled: nothing was recorded, and {request.Reference} is still waiting for your decision.", cancelled.Text);
        Assert.Equal("There's nothing to cancel: you have no request in progress here.", after.Text);
        Assert.Equal(RequestState.Submitted, (await StoredAsync(request)).State);
        Assert.DoesNotContain(await OutboxAsync(app, request.Reference), m => m.Message.Kind == "request-declined");
    }

    [Fact]
    public async Task SomeoneWithNoPartInTheRequestIsToldWhatTheyWouldBeToldOfOneThatDoesNotExist()
    {
        var request = await AttendanceRequestAsync(app);
        var before = (await OutboxAsync(app, request.Reference)).Count;

        var reply = Assert.Single(await app.TurnAsync(Pressed(app, "fallback-stranger", "card-stranger", Decide(request, "Approve"), ConservativeLeader)));

        var guessed = Assert.Single(await app.TurnAsync(Pressed(app, "fallback-stranger", "card-stranger",
            CardActions.DecideData(RequestIds.FromForm("guessed"), 1, Decision.Approve), ConservativeLeader)));
        Assert.Equal(Confidentiality.NotFound, reply.Text);
        Assert.Equal(guessed.Text, reply.Text);
        Assert.Equal(ConnectorRoute.ReplyToActivity, Route(app, "fallback-stranger").Route);
        Assert.Equal(before, (await OutboxAsync(app, request.Reference)).Count);
    }

    [Fact]
    public async Task WhenTheCardCannotBeUpdatedTheDecisionIsPostedInstead()
    {
        // Notifications go to the local inbox only, so the one scripted failure meets the card update and nothing else.
        var quiet = new BotApp(services => services.Replace(ServiceDescriptor.Singleton<INotificationChannel>(sp => sp.GetRequiredService<LocalOutboxChannel>())));
        await quiet.InitializeAsync();
        try
        {
            var request = await AttendanceRequestAsync(quiet);
            quiet.Connector.RespondNext(HttpStatusCode.NotFound);

            await quiet.TurnAsync(Pressed(quiet, "fallback-gone", "card-gone", Decide(request, "Approve")));

            var routes = Requests(quiet, "fallback-gone").Select(r => r.Route).ToList();
            Assert.Equal([ConnectorRoute.UpdateActivity, ConnectorRoute.ReplyToActivity], routes);
            Assert.Contains("Approved by you on", Texts(Requests(quiet, "fallback-gone")[1].Activity!), StringComparison.Ordinal);
        }
        finally
        {
            await quiet.DisposeAsync();
        }
    }

    /// <summary>A press on the card <paramref name="cardId"/>, as an older client sends it: a message replying to the card.</summary>
    static Activity Pressed(BotApp app, string conversation, string cardId, System.Text.Json.Nodes.JsonObject data, string aad = ChiefExecutive)
    {
        var submit = app.MessageFrom(aad, conversation, null);
        submit.ReplyToId = cardId;
        submit.Value = System.Text.Json.JsonSerializer.SerializeToElement(data);
        return submit;
    }

    // Notifications the background dispatcher delivers to the same chat (proactive, with an alert) are not the turn's doing.
    static IReadOnlyList<ConnectorRequest> Requests(BotApp app, string conversation) =>
        app.Connector.Activities.Where(r => r.ConversationId == conversation && r.Activity?.GetTeamsChannelData()?.Notification?.Alert != true).ToList();

    static (ConnectorRoute Route, string? ActivityId) Route(BotApp app, string conversation) =>
        Requests(app, conversation)[^1] is var last ? (last.Route, last.ActivityId) : default;

    async Task<RoutedRequest> StoredAsync(RoutedRequest request) =>
        (await app.Services.GetRequiredService<RequestWorkflow>().GetAsync(request.PublicId, LabourCouncillor, CancellationToken.None))!;
}
