using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using System.Text.Json.Nodes;
using GovernanceBot.Notifications;
using GovernanceBot.Tests.Cards;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

public sealed class ConfidentialFlowTests(BotApp app) : IClassFixture<BotApp>
{
    const string Account = "Councillor Clarke phoned me at home late at night and told me to change my recommendation on the Riverside application.";

    [Fact]
    public async Task AContactReportGoesInConfidenceAndTheNamedCouncillorGetsNothing()
    {
        const string chat = "report";
        await app.SayAsync(HeadOfPlanning, chat, "I want to report a councillor");
        await app.SubmitAsync(HeadOfPlanning, chat, new JsonObject
        {
            ["action"] = "dialog", ["step"] = "form", ["flow"] = "contact-report",
            ["councillor"] = ConservativeLeader, ["contactDate"] = InDays(-3), ["account"] = Account,
        });
        var sent = Assert.Single(await app.SubmitAsync(HeadOfPlanning, chat, new JsonObject { ["action"] = "dialog", ["step"] = "confirm", ["choice"] = "send" }));

        Assert.StartsWith("Received in confidence: your reference is DER-REP-", sent.Text, StringComparison.Ordinal);
        Assert.Contains("protocol doesn't prescribe a route for this, so it has gone to the council's default contact, Kit Tanner", sent.Text, StringComparison.Ordinal);
        var reference = ReferenceIn(sent.Text!);
        var outbox = await OutboxAsync(app, reference);
        Assert.Equal([DemocraticServices], outbox.Select(m => m.RecipientAadObjectId).ToList());
        await app.Services.GetRequiredService<NotificationDispatcher>().DispatchPendingAsync(CancellationToken.None);
        foreach (var leader in new[] { ConservativeLeader, LabourLeader, LibDemLeader })
        {
            Assert.DoesNotContain(await app.Services.GetRequiredService<LocalOutboxChannel>().ListAsync(leader, CancellationToken.None), n => n.Message.Reference == reference);
        }

        Assert.DoesNotContain(app.Logs.Entries, entry => entry.Message.Contains("Riverside", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheReceiverOpensTheReportWithTheAccountAndCanAcknowledgeIt()
    {
        const string chat = "report-open";
        await app.SayAsync(HeadOfPlanning, chat, "report a councillor");
        await app.SayAsync(HeadOfPlanning, chat, "Chris Evans");
        await app.SayAsync(HeadOfPlanning, chat, InDays(-1));
        await app.SayAsync(HeadOfPlanning, chat, Account);
        var reference = ReferenceIn(Assert.Single(await app.SayAsync(HeadOfPlanning, chat, "send")).Text!);
        var request = (await app.Services.GetRequiredService<GovernanceBot.Requests.Workflow.RequestWorkflow>().MyRequestsAsync(HeadOfPlanning, CancellationToken.None))
            .Single(r => r.Reference == reference);
        var open = CardActions.OpenData(request.PublicId);

        var opened = await app.InvokeAsync(DemocraticServices, "report-receiver", "openRequest", open);
        var byCouncillor = await app.InvokeAsync(LibDemLeader, "report-councillor", "openRequest", open.DeepClone().AsObject());
        var acknowledged = await app.InvokeAsync(DemocraticServices, "report-receiver", "decide", Decide(request, "Acknowledge"));

        Assert.Contains(Account, InvokeText(opened), StringComparison.Ordinal);
        Assert.Contains(CardJson.OfType(opened["value"]!, "Action.Execute"), a => (string?)a["title"] == "Acknowledge");
        Assert.Equal(Confidentiality.NotFound, InvokeText(byCouncillor));
        Assert.Contains("Acknowledged by you on", InvokeText(acknowledged), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OnlyOfficersCanReportACouncillor()
    {
        var reply = Assert.Single(await app.SayAsync(LabourCouncillor, "report-councillor-refused", "report a councillor"));

        Assert.StartsWith("Only officers can report a councillor's contact.", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DerbysConfidentialBriefingStartedInAGroupChatIsSentToThePersonalChatAndItsSubjectNeverPostedThere()
    {
        var before = app.Connector.Activities.Count;
        var reply = Assert.Single(await app.TurnAsync(app.MessageFrom(LabourCouncillor, "briefing-group", "request a briefing", conversationType: "groupChat")));
        var form = Assert.Single(app.Connector.Activities.Skip(before), r => r.ConversationId != "briefing-group").Activity!;
        await app.TurnAsync(app.MessageFrom(LabourCouncillor, "briefing-group", "the secret budget line", conversationType: "groupChat"));

        Assert.Contains("I've sent it to you privately", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Request a briefing", Texts(form), StringComparison.Ordinal);
        Assert.DoesNotContain(app.Sent("briefing-group"), a => Texts(a).Contains("the secret budget line", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AConfidentialFlowStartedInAGroupChatIsSentToThePersonalChatAndTheGroupSeesNoForm()
    {
        var before = app.Connector.Activities.Count;
        var reply = Assert.Single(await app.TurnAsync(app.MessageFrom(HeadOfPlanning, "report-group", "report a councillor", conversationType: "groupChat")));

        Assert.Contains("I've sent it to you privately", reply.Text, StringComparison.Ordinal);
        Assert.Null(reply.Attachments);
        var elsewhere = app.Connector.Activities.Skip(before).Where(r => r.ConversationId != "report-group").ToList();
        var form = Assert.Single(elsewhere);
        Assert.Contains("Report a councillor's contact", Texts(form.Activity!), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARushcliffeStaffingConcernIsRaisedPrivatelyWithTheChiefExecutive()
    {
        const string chat = "concern";
        const string councillor = "33333333-3333-4333-8333-000000000011";
        const string planningOfficer = "33333333-3333-4333-8333-000000000008";
        await app.SayAsync(councillor, chat, "council rushcliffe");

        var form = Assert.Single(await app.SayAsync(councillor, chat, "raise a staffing concern"));
        await app.SayAsync(councillor, chat, "Jem Fallow");
        await app.SayAsync(councillor, chat, "The officer was dismissive at my ward surgery follow-up, twice.");
        var sent = Assert.Single(await app.SayAsync(councillor, chat, "send"));

        Assert.Contains("never in a public meeting", Texts(form), StringComparison.Ordinal);
        Assert.StartsWith("Received in confidence: your reference is RUS-STF-", sent.Text, StringComparison.Ordinal);
        Assert.Contains("Bo Lindqvist", sent.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(await OutboxAsync(app, ReferenceIn(sent.Text!)), m => m.RecipientAadObjectId == planningOfficer);
    }
}
