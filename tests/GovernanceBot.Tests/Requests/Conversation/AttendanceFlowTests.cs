using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using System.Text.Json.Nodes;
using GovernanceBot.Tests.Cards;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

public sealed class AttendanceFlowTests(BotApp app) : IClassFixture<BotApp>
{
    [Fact]
    public async Task CardFormRunsTheAttendanceFlowToTheChiefExecutiveAndApprovalTellsTheOtherGroups()
    {
        var form = BotApp.Card(Assert.Single(await app.SayAsync(LabourCouncillor, "att-card", "request officer attendance")));
        CardJson.AssertValidCard(form);
        var date = Assert.Single(CardJson.OfType(form, "Input.Date"));
        Assert.Equal("meetingDate", (string?)date["id"]);
        Assert.True((bool?)date["isRequired"]);
        Assert.Single(CardJson.OfType(form, "Input.ChoiceSet"), c => (string?)c["id"] == "meetingKind");

        var confirm = Assert.Single(await app.SubmitAsync(LabourCouncillor, "att-card", new JsonObject
        {
            ["action"] = "dialog", ["step"] = "form", ["flow"] = "officer-attendance",
            ["meetingDate"] = WorkingDayIn(14), ["officerOrService"] = "Head of Planning", ["subject"] = "the draft local plan", ["meetingKind"] = "full-group",
        }));
        var check = Texts(confirm);
        Assert.Contains("Labour", check, StringComparison.Ordinal);
        Assert.Contains("Full group meeting", check, StringComparison.Ordinal);

        var sent = Assert.Single(await app.SubmitAsync(LabourCouncillor, "att-card", new JsonObject { ["action"] = "dialog", ["step"] = "confirm", ["choice"] = "send" }));
        Assert.StartsWith("Sent: your reference is DER-ATT-", sent.Text, StringComparison.Ordinal);
        Assert.Contains("Pat Okafor", sent.Text, StringComparison.Ordinal);

        var reference = ReferenceIn(sent.Text!);
        var request = Assert.Single(await app.Services.GetRequiredService<GovernanceBot.Requests.Workflow.RequestWorkflow>()
            .MyRequestsAsync(LabourCouncillor, CancellationToken.None), r => r.Reference == reference);
        var approved = await app.InvokeAsync(ChiefExecutive, "att-ce", "decide", Decide(request, "Approve"));

        Assert.Contains("Approved by you on", InvokeText(approved), StringComparison.Ordinal);
        var told = (await OutboxAsync(app, reference)).Where(m => m.Message.Kind == "other-group-notice").Select(m => m.RecipientAadObjectId).Order().ToList();
        Assert.Equal([ConservativeLeader, LibDemLeader], told);
    }

    [Fact]
    public async Task DeclineNeedsAReasonAndThenTellsNoOtherGroup()
    {
        var request = await AttendanceRequestAsync(app);

        var noReason = await app.InvokeAsync(ChiefExecutive, "att-decline", "decide", Decide(request, "Decline"));
        var asked = await app.InvokeAsync(ChiefExecutive, "att-decline", "decide", Decide(request, "Decline", "The subject is too political for an officer to advise on."));
        var undecided = await OutboxAsync(app, request.Reference);
        var declined = await app.InvokeAsync(ChiefExecutive, "att-decline", "decide",
            Decide(request, "Decline", "The subject is too political for an officer to advise on.", confirmed: true));

        Assert.Contains("A decline needs a reason", InvokeText(noReason), StringComparison.Ordinal);
        Assert.Single(CardJson.OfType(noReason["value"]!, "Input.Text"), input => (string?)input["id"] == "reason");
        Assert.Contains($"Decline {request.Reference} with reason \"The subject is too political for an officer to advise on.\"?", InvokeText(asked), StringComparison.Ordinal);
        Assert.DoesNotContain(undecided, m => m.Message.Kind == "request-declined");
        Assert.Contains("Declined by you on", InvokeText(declined), StringComparison.Ordinal);
        var outbox = await OutboxAsync(app, request.Reference);
        Assert.DoesNotContain(outbox, m => m.Message.Kind == "other-group-notice");
        Assert.Contains(outbox, m => m.Message.Kind == "request-declined" && m.RecipientAadObjectId == LabourCouncillor);
    }

    [Fact]
    public async Task SendingARepresentativeIsRecordedAndTheOtherGroupsAreTold()
    {
        var request = await AttendanceRequestAsync(app);

        var response = await app.InvokeAsync(ChiefExecutive, "att-rep", "decide", Decide(request, "SendRepresentative"));

        Assert.Contains("Representative to be sent, decided by you", InvokeText(response), StringComparison.Ordinal);
        Assert.Equal(2, (await OutboxAsync(app, request.Reference)).Count(m => m.Message.Kind == "other-group-notice"));
    }

    [Fact]
    public async Task TheRequestersOwnApprovalIsRefusedSayingWhoDecidesAndAStrangersReadsAsNotFound()
    {
        var request = await AttendanceRequestAsync(app);
        var before = (await OutboxAsync(app, request.Reference)).Count;

        var requester = await app.InvokeAsync(LabourCouncillor, "att-nondecider", "decide", Decide(request, "Approve"));
        var stranger = await app.InvokeAsync(ConservativeLeader, "att-nondecider", "decide", Decide(request, "Approve"));

        Assert.Equal("Only the Chief Executive can decide this. Nothing was recorded or sent.", InvokeText(requester));
        Assert.Equal(Confidentiality.NotFound, InvokeText(stranger));
        Assert.Equal(before, (await OutboxAsync(app, request.Reference)).Count);
    }

    [Fact]
    public async Task AReplayedApprovalChangesNothingAndNotifiesNoOneAgain()
    {
        var request = await AttendanceRequestAsync(app);
        await app.InvokeAsync(ChiefExecutive, "att-replay", "decide", Decide(request, "Approve"));
        var after = (await OutboxAsync(app, request.Reference)).Count;

        var replay = await app.InvokeAsync(ChiefExecutive, "att-replay", "decide", Decide(request, "Approve"));

        Assert.Contains("already decided", InvokeText(replay), StringComparison.Ordinal);
        Assert.Equal(after, (await OutboxAsync(app, request.Reference)).Count);
    }

    [Fact]
    public async Task AStaleCardIsRefused()
    {
        var request = await AttendanceRequestAsync(app);

        var response = await app.InvokeAsync(ChiefExecutive, "att-stale", "decide", Decide(request, "Approve", version: request.Version + 5));

        Assert.Contains("That card was out of date", InvokeText(response), StringComparison.Ordinal);
        Assert.Contains("Waiting for a decision", InvokeText(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnOlderClientsSubmitFallbackDecidesToo()
    {
        var request = await AttendanceRequestAsync(app);
        var data = Decide(request, "Approve");
        data["verb"] = "decide";

        var reply = Assert.Single(await app.SubmitAsync(ChiefExecutive, "att-fallback", data));

        Assert.Contains("Approved by you on", Texts(reply), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyAPartyCanOpenARequest()
    {
        var request = await AttendanceRequestAsync(app);
        var open = CardActions.OpenData(request.PublicId);

        var stranger = await app.InvokeAsync(ConservativeLeader, "att-open", "openRequest", open);
        var decider = await app.InvokeAsync(ChiefExecutive, "att-open", "openRequest", open.DeepClone().AsObject());

        Assert.Equal(Confidentiality.NotFound, InvokeText(stranger));
        Assert.Contains("the draft local plan", InvokeText(decider), StringComparison.Ordinal);
        Assert.Contains(CardJson.OfType(decider["value"]!, "Action.Execute"), a => (string?)a["title"] == "Send a representative");
    }
}
