using GovernanceBot.BotFramework;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

public sealed class TextFallbackTests(BotApp app) : IClassFixture<BotApp>
{
    [Fact]
    public async Task APlainRequestStartsTheFormAndTypedAnswersCompleteIt()
    {
        const string chat = "text-attendance";
        var form = Assert.Single(await app.SayAsync(LabourLeader, chat, "I want to ask for an officer to attend our group meeting"));
        Assert.Contains("What is the date of the meeting?", form.Summary, StringComparison.Ordinal);

        var past = Assert.Single(await app.SayAsync(LabourLeader, chat, "1 January 2020"));
        Assert.Contains("must be in the future", past.Text, StringComparison.Ordinal);
        Assert.Contains("What is the date of the meeting?", past.Text, StringComparison.Ordinal);

        await app.SayAsync(LabourLeader, chat, WorkingDayIn(10));
        await app.SayAsync(LabourLeader, chat, "Director of Housing");
        var kind = Assert.Single(await app.SayAsync(LabourLeader, chat, "the housing allocations policy"));
        Assert.Contains("1. Full group meeting", kind.Text, StringComparison.Ordinal);
        var wrongKind = Assert.Single(await app.SayAsync(LabourLeader, chat, "a picnic"));
        Assert.Contains("is not one of the options", wrongKind.Text, StringComparison.Ordinal);
        var confirm = Assert.Single(await app.SayAsync(LabourLeader, chat, "2"));
        Assert.Contains("Shadow Cabinet meeting", Texts(confirm), StringComparison.Ordinal);
        var sent = Assert.Single(await app.SayAsync(LabourLeader, chat, "send"));

        Assert.StartsWith("Sent: your reference is DER-ATT-", sent.Text, StringComparison.Ordinal);
        var request = Assert.Single(await Workflow.MyRequestsAsync(LabourLeader, CancellationToken.None));
        Assert.Equal(new OfficerAttendanceRequest(DateOnly.Parse(WorkingDayIn(10), System.Globalization.CultureInfo.InvariantCulture), "Director of Housing", "the housing allocations policy",
            GovernanceBot.Routing.MeetingKind.ShadowCabinet), request.Details);
    }

    [Fact]
    public async Task HelpExplainsTheCurrentStepWithoutLosingIt()
    {
        const string chat = "text-help";
        await app.SayAsync(LabourCouncillor, chat, "request a briefing");
        await app.SayAsync(LabourCouncillor, chat, "spokesperson briefing");

        var help = Assert.Single(await app.SayAsync(LabourCouncillor, chat, "help"));
        var next = Assert.Single(await app.SayAsync(LabourCouncillor, chat, "planning"));

        Assert.Contains("question 2 of 3: Service", help.Text, StringComparison.Ordinal);
        Assert.Equal("What is the subject?", next.Text);
    }

    [Fact]
    public async Task CancelEndsTheDialogAndSendsNothing()
    {
        const string chat = "text-cancel";
        await app.SayAsync(ChiefExecutive, chat, "report a councillor");
        await app.SayAsync(ChiefExecutive, chat, "Jo Clarke");

        var cancelled = Assert.Single(await app.SayAsync(ChiefExecutive, chat, "cancel"));
        var afterwards = await app.SayAsync(ChiefExecutive, chat, "cancel");

        Assert.Equal("Cancelled: nothing was sent.", cancelled.Text);
        Assert.StartsWith("There's nothing to cancel", Assert.Single(afterwards).Text, StringComparison.Ordinal);
        Assert.Empty(await Workflow.MyRequestsAsync(ChiefExecutive, CancellationToken.None));
    }

    [Fact]
    public async Task AnUnknownPersonOrAnEmptyAnswerIsAskedForAgain()
    {
        const string chat = "text-unknown";
        await app.SayAsync(HeadOfPlanning, chat, "report a councillor");

        var unknown = Assert.Single(await app.SayAsync(HeadOfPlanning, chat, "Councillor Nobody"));
        await app.SayAsync(HeadOfPlanning, chat, "Jo Clarke");
        var future = Assert.Single(await app.SayAsync(HeadOfPlanning, chat, InDays(3)));

        Assert.Contains("I don't know anyone called \"Councillor Nobody\"", unknown.Text, StringComparison.Ordinal);
        Assert.Contains("can't be in the future", future.Text, StringComparison.Ordinal);
        await app.SayAsync(HeadOfPlanning, chat, "cancel");
    }

    [Fact]
    public async Task QuestionsAreStillAnsweredWhenNoDialogIsActive()
    {
        var replies = await app.SayAsync(LabourCouncillor, "text-question", "Who should a request for an officer to attend a political group meeting be made to?");

        Assert.Contains(replies, reply => reply.IsType(ActivityTypes.Message) && reply.Attachments is { Count: 1 });
    }

    RequestWorkflow Workflow => app.Services.GetRequiredService<RequestWorkflow>();
}
