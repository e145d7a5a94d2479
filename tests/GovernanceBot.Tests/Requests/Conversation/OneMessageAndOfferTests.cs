using System.Text.Json.Nodes;
using GovernanceBot.Notifications;
using GovernanceBot.Requests.Cards;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Cards;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

public sealed class OneMessageAndOfferTests(BotApp app) : IClassFixture<BotApp>
{
    [Fact]
    public async Task TheRequesterHearsOnceThatTheirRequestWasSent()
    {
        const string chat = "one-message";
        await app.SayAsync(LabourLeader, chat, "request officer attendance");
        foreach (var answer in new[] { WorkingDayIn(20), "Head of Planning", "the draft local plan", "1" })
        {
            await app.SayAsync(LabourLeader, chat, answer);
        }

        var sent = Assert.Single(await app.SayAsync(LabourLeader, chat, "send"));
        var reference = ReferenceIn(sent.Text!);
        await app.Services.GetRequiredService<NotificationDispatcher>().DispatchPendingAsync(CancellationToken.None);

        var toRequester = app.Connector.Activities.Where(r => r.Activity!.Recipient?.AadObjectId == LabourLeader || r.ConversationId == chat)
            .Where(r => (r.Activity!.Text ?? r.Activity.Summary ?? "").Contains(reference, StringComparison.Ordinal))
            .ToList();
        Assert.Single(toRequester);
    }

    [Fact]
    public async Task TheOfferOfASimilarFacilityStartsTheOtherGroupsOwnRequestFilledIn()
    {
        var request = await AttendanceRequestAsync(app);
        await app.InvokeAsync(ChiefExecutive, "offer-ce", "decide", Decide(request, "Approve"));
        var notice = (await OutboxAsync(app, request.Reference)).Single(m => m.Message.Kind == RequestNotices.OtherGroupNotice && m.RecipientAadObjectId == ConservativeLeader);
        var card = RequestNotificationCard.For(notice.Message).ToJson();
        var button = Assert.Single(CardJson.OfType(card, "Action.Submit"));

        var form = Assert.Single(await app.SubmitAsync(ConservativeLeader, "offer-con", button["data"]!.DeepClone().AsObject()));

        Assert.Equal("Request attendance for your group", (string?)button["title"]);
        var inputs = CardJson.Objects(BotApp.Card(form)).Where(o => ((string?)o["type"])?.StartsWith("Input.", StringComparison.Ordinal) == true).ToList();
        Assert.Equal("Head of Planning", (string?)inputs.Single(i => (string?)i["id"] == "officerOrService")["value"]);
        Assert.Equal("the draft local plan", (string?)inputs.Single(i => (string?)i["id"] == "subject")["value"]);
        Assert.Null(inputs.Single(i => (string?)i["id"] == "meetingDate")["value"]);
        Assert.Contains("What is the date of the meeting?", form.Summary, StringComparison.Ordinal);
    }
}
