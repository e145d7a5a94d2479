using System.Text.Json.Nodes;
using GovernanceBot.Tests.Cards;
using GovernanceBot.Tests.Channel;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

public sealed class RequestListTests(BotApp app) : IClassFixture<BotApp>
{
    [Fact]
    public async Task MyRequestsListsTheRequestersRequestsWithTheirState()
    {
        var request = await AttendanceRequestAsync(app);

        var list = Assert.Single(await app.SayAsync(LabourCouncillor, "lists-mine", "my requests"));

        var texts = Texts(list);
        Assert.Contains(request.Reference, texts, StringComparison.Ordinal);
        Assert.Contains("Waiting for a decision", texts, StringComparison.Ordinal);
        Assert.DoesNotContain(CardJson.OfType(BotApp.Card(list), "Action.Execute"), a => (string?)a["verb"] == "decide");
    }

    [Fact]
    public async Task WaitingForMeOffersTheDeciderApproveAndOpen()
    {
        var request = await AttendanceRequestAsync(app);

        var replies = await app.SayAsync(ChiefExecutive, "lists-waiting", "What's waiting for me?");
        Assert.True(replies.Count == 1, string.Join(" | ", replies.Select(r => r.Type + ":" + r.Text + r.Summary)));
        var list = BotApp.Card(replies[0]);

        var actions = CardJson.OfType(list, "Action.Execute").ToList();
        var approve = Assert.Single(actions, a => (string?)a["verb"] == "decide" && (string?)a["data"]!["request"] == request.PublicId);
        Assert.Equal(request.Version, (int?)approve["data"]!["version"]);
        Assert.Contains(actions, a => (string?)a["title"] == $"Open {request.Reference}");
        var approved = await app.InvokeAsync(ChiefExecutive, "lists-waiting", "decide", approve["data"]!.DeepClone().AsObject());
        Assert.Contains("Approved by you on", InvokeText(approved), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SomeoneWithNothingWaitingIsToldSo()
    {
        var reply = Assert.Single(await app.SayAsync(LibDemLeader, "lists-none", "waiting for me"));

        Assert.Contains("Nothing is waiting for you.", Texts(reply), StringComparison.Ordinal);
    }
}
