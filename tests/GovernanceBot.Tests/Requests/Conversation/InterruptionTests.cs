using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

/// <summary>
/// Questions and commands typed while a form or a decline waits are answered, and what waits is kept: only an answer
/// that fits is taken as a field's value or a decline's reason, and a decline is final only once confirmed.
/// </summary>
public sealed class InterruptionTests(BotApp app) : IClassFixture<BotApp>
{
    [Fact]
    public async Task AQuestionTypedMidFormIsAnsweredAndNotTakenAsTheOfficer()
    {
        const string chat = "interrupt-question";
        await app.SayAsync(LabourLeader, chat, "request officer attendance");
        await app.SayAsync(LabourLeader, chat, WorkingDayIn(20));

        var replies = await app.SayAsync(LabourLeader, chat, "actually who decides this?");
        var officer = Assert.Single(await app.SayAsync(LabourLeader, chat, "Head of Planning"));

        Assert.Contains(replies, r => r.Text?.Contains("is still open, nothing has been sent", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(replies, r => r.Text?.Contains("What subject should they advise on?", StringComparison.Ordinal) == true);
        Assert.Contains("What subject should they advise on?", officer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MyRequestsTypedMidFormListsThemAndIsNotTakenAsTheSubject()
    {
        const string chat = "interrupt-command";
        await app.SayAsync(LabourLeader, chat, "request officer attendance");
        await app.SayAsync(LabourLeader, chat, WorkingDayIn(20));
        await app.SayAsync(LabourLeader, chat, "Head of Planning");

        var replies = await app.SayAsync(LabourLeader, chat, "my requests");
        await app.SayAsync(LabourLeader, chat, "the draft local plan");
        var confirm = Assert.Single(await app.SayAsync(LabourLeader, chat, "1"));

        Assert.Contains(replies, r => Texts(r).Contains("Your requests", StringComparison.Ordinal));
        Assert.Contains("the draft local plan", Texts(confirm), StringComparison.Ordinal);
        Assert.DoesNotContain("my requests", Texts(confirm), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AQuestionWhileADeclineWaitsIsNotTakenAsTheReasonAndNothingIsDeclinedUntilConfirmed()
    {
        const string chat = "interrupt-decline";
        var request = await AttendanceRequestAsync(app);
        await app.SubmitAsync(ChiefExecutive, chat, Decide(request, "Decline"));

        await app.SayAsync(ChiefExecutive, chat, "what do you mean?");
        var afterQuestion = await StateAsync(request);
        var confirm = Assert.Single(await app.SayAsync(ChiefExecutive, chat, "The subject is too political for an officer."));
        var beforeConfirming = await StateAsync(request);
        await app.SayAsync(ChiefExecutive, chat, "yes");

        Assert.Equal(RequestState.Submitted, afterQuestion);
        Assert.StartsWith($"Decline {request.Reference} with reason \"The subject is too political for an officer.\"?", confirm.Text, StringComparison.Ordinal);
        Assert.Equal(RequestState.Submitted, beforeConfirming);
        var declined = (await app.Services.GetRequiredService<RequestWorkflow>().GetAsync(request.PublicId, ChiefExecutive, CancellationToken.None))!;
        Assert.Equal((RequestState.Declined, "The subject is too political for an officer."), (declined.State, declined.DecisionNote));
        Assert.DoesNotContain(await OutboxAsync(app, request.Reference), m => m.Message.Text.Contains("what do you mean", StringComparison.OrdinalIgnoreCase));
    }

    async Task<RequestState> StateAsync(RoutedRequest request) =>
        (await app.Services.GetRequiredService<RequestWorkflow>().GetAsync(request.PublicId, ChiefExecutive, CancellationToken.None))!.State;
}
