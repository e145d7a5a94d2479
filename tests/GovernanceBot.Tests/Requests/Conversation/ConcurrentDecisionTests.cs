using GovernanceBot.Tests.Channel;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

public sealed class ConcurrentDecisionTests(BotApp app) : IClassFixture<BotApp>
{
    [Fact]
    public async Task TwoApprovalsPressedAtOnceDecideOnceAndNotifyOnce()
    {
        var request = await AttendanceRequestAsync(app);

        var responses = await Task.WhenAll(
            app.InvokeAsync(ChiefExecutive, "ce-desk", "decide", Decide(request, "Approve")),
            app.InvokeAsync(ChiefExecutive, "ce-phone", "decide", Decide(request, "Approve")));

        var texts = responses.Select(InvokeText).ToList();
        Assert.Single(texts, t => t.Contains("Approved by you on", StringComparison.Ordinal) && !t.Contains("already", StringComparison.OrdinalIgnoreCase));
        Assert.Single(texts, t => t.Contains("already", StringComparison.OrdinalIgnoreCase));
        var outbox = await OutboxAsync(app, request.Reference);
        Assert.Single(outbox, m => m.Message.Kind == "request-approved");
        Assert.Equal([ConservativeLeader, LibDemLeader], outbox.Where(m => m.Message.Kind == "other-group-notice").Select(m => m.RecipientAadObjectId).Order());
    }
}
