using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Channel;

public sealed class TeamsBotCardSubmitTests(BotApp app) : IClassFixture<BotApp>
{
    const string Question = "Who should a request for an officer to attend a political group meeting be made to?";

    [Fact]
    public async Task FeedbackClickIsRecordedAgainstTheQuestionAndClause()
    {
        var card = BotApp.Card((await app.TurnAsync(app.Message("feedback", Question))).Last());
        var yes = CardJson.OfType(card, "Action.Submit").Single(action => (string?)action["title"] == "Yes");
        var submit = app.Message("feedback", null);
        submit.Value = TeamsBotQuestionTests.Json(yes["data"]!.ToJsonString());

        var reply = Assert.Single(await app.TurnAsync(submit));

        Assert.Equal("Thanks for the feedback.", reply.Text);
        var recorded = Assert.Single(await app.Services.GetRequiredService<FeedbackStore>().ListAsync("derby", CancellationToken.None),
            f => f.AnswerId == (string?)yes["data"]!["answerId"]);
        Assert.Equal(Question, recorded.Question);
        Assert.True(recorded.Helpful);
        Assert.Equal((string?)yes["data"]!["answerId"], recorded.AnswerId);
        Assert.NotNull(recorded.ClauseKey);
    }

    [Theory]
    [InlineData("personal")]
    [InlineData("groupChat")]
    public async Task FeedbackReplacesTheCardsButtonsAndPostsNothingForEveryoneToSee(string kind)
    {
        var conversation = $"feedback-replaced-{kind}";
        var asked = app.Message(conversation, Question, kind);
        var card = BotApp.Card((await app.TurnAsync(asked)).Last());
        var yes = CardJson.OfType(card, "Action.Submit").Single(action => (string?)action["title"] == "Yes");
        var submit = app.Message(conversation, null, kind);
        submit.ReplyToId = "answer-card";
        submit.Value = TeamsBotQuestionTests.Json(yes["data"]!.ToJsonString());

        var sent = await app.TurnAsync(submit);

        var update = app.Connector.Activities.Last(r => r.ConversationId == conversation);
        Assert.Equal((Support.ConnectorRoute.UpdateActivity, "answer-card"), (update.Route, update.ActivityId));
        var replaced = BotApp.Card(update.Activity!);
        Assert.DoesNotContain(CardJson.OfType(replaced, "Action.Submit"), a => (string?)a["title"] is "Yes" or "No");
        Assert.Contains("Thanks for the feedback: helpful.", CardJson.Texts(replaced));
        Assert.DoesNotContain(sent, a => a.Text == "Thanks for the feedback.");
    }

    [Fact]
    public async Task FeedbackOnAnAnswerNotOnRecordIsNotRecorded()
    {
        var submit = app.Message("feedback-unknown", null);
        submit.Value = TeamsBotQuestionTests.Json("""{"action":"feedback","helpful":false,"answerId":"not-an-answer"}""");

        var reply = Assert.Single(await app.TurnAsync(submit));

        Assert.StartsWith("I no longer have that answer on record", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[1, 2, 3]""")]
    [InlineData("""{"action": 7}""")]
    [InlineData("""{"action": "launchMissiles"}""")]
    [InlineData("""{"action": "feedback", "helpful": "very", "answerId": 3}""")]
    [InlineData("\"just a string\"")]
    public async Task UnexpectedCardValueGetsAClearMessage(string value)
    {
        var submit = app.Message($"odd-value-{value.GetHashCode()}", null);
        submit.Value = TeamsBotQuestionTests.Json(value);

        var reply = Assert.Single(await app.TurnAsync(submit));

        Assert.StartsWith("I ", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Something went wrong", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheAnswerCardOffersTheFlowWhoseRuleCitesTheClauseAndStartsIt()
    {
        var card = BotApp.Card((await app.TurnAsync(app.Message("flow", Question))).Last());
        var offer = CardJson.OfType(card, "Action.Submit").Single(action => (string?)action["data"]!["action"] == "startFlow");
        var submit = app.MessageFrom("11111111-1111-4111-8111-000000000001", "flow", null);
        submit.Value = TeamsBotQuestionTests.Json(offer["data"]!.ToJsonString());

        var form = BotApp.Card(Assert.Single(await app.TurnAsync(submit)));

        Assert.Equal("Request officer attendance", (string?)offer["title"]);
        Assert.Equal("officer-attendance", (string?)offer["data"]!["flow"]);
        Assert.Contains("Request officer attendance", CardJson.Texts(form));
        Assert.Contains(CardJson.OfType(form, "Input.Date"), input => (string?)input["id"] == "meetingDate");
    }

    [Fact]
    public async Task AnAnswerWhoseClauseNoRuleCitesOffersNoFlow()
    {
        var card = BotApp.Card((await app.TurnAsync(app.Message("no-flow", "Can councillors give instructions to officers?"))).Last());

        Assert.DoesNotContain(CardJson.OfType(card, "Action.Submit"), action => (string?)action["data"]?["action"] == "startFlow");
    }
}
