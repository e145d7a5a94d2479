using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Channel;

public sealed class TeamsBotQuestionTests(BotApp app) : IClassFixture<BotApp>
{
    const string AttendanceQuestion = "Who should a request for an officer to attend a political group meeting be made to?";

    [Fact]
    public async Task QuestionIsAnsweredWithACardQuotingTheClause()
    {
        var replies = await app.TurnAsync(app.Message("question", AttendanceQuestion));

        Assert.Equal(ActivityTypes.Typing, replies[0].Type);
        var answer = Assert.Single(replies, reply => reply.IsType(ActivityTypes.Message));
        var card = BotApp.Card(answer);
        CardJson.AssertValidCard(card);
        var texts = CardJson.Texts(card).ToList();
        Assert.Contains(texts, text => text.Contains("Derby City Council", StringComparison.Ordinal));
        Assert.Contains(texts, text => text.EndsWith("para 28", StringComparison.Ordinal));
        Assert.Contains("Who to go to: Chief Executive", texts);
        Assert.Contains("para 28", answer.Summary, StringComparison.Ordinal);
        Assert.Null(answer.Text);
    }

    [Fact]
    public async Task BotMentionIsStrippedBeforeTheQuestionIsAnswered()
    {
        var message = app.Message("mention", $"<at>GovernanceBot</at> {AttendanceQuestion}", conversationType: "channel");
        message.Entities = [Entity.From(new Mention { Mentioned = message.Recipient, Text = "<at>GovernanceBot</at>" })];

        var replies = await app.TurnAsync(message);

        var card = BotApp.Card(replies.Single(reply => reply.IsType(ActivityTypes.Message)));
        Assert.Contains(CardJson.Texts(card), text => text.EndsWith("para 28", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessageOfOnlyAMentionGetsAPromptToAsk()
    {
        var message = app.Message("only-mention", "<at>GovernanceBot</at>", conversationType: "channel");
        message.Entities = [Entity.From(new Mention { Mentioned = message.Recipient, Text = "<at>GovernanceBot</at>" })];

        var reply = Assert.Single(await app.TurnAsync(message));

        Assert.StartsWith("Ask me a question", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ControlCharactersAndUnicodeInAQuestionAreAnsweredCleanly()
    {
        var replies = await app.TurnAsync(app.Message("unicode", "Who should a request\u0000 for an officer\u0007 to attend a political group meeting be made to? 🙂 żółć"));

        var reply = replies.Last();
        Assert.True(reply.Attachments is { Count: 1 } || reply.Text is { Length: > 0 });
        Assert.DoesNotContain("Something went wrong", reply.Text ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task QuestionOutsideTheProtocolGetsAnAbstentionCard()
    {
        var replies = await app.TurnAsync(app.Message("abstain", "What is the recipe for a Victoria sponge cake?"));

        var card = BotApp.Card(replies.Last());
        Assert.Contains(CardJson.Texts(card), text => text.StartsWith("I can't find that in Derby City Council's protocol", StringComparison.Ordinal));
        Assert.DoesNotContain(CardJson.Texts(card), text => text.Contains("para", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CouncilCommandSwitchesTheCouncilInLocalMode()
    {
        var switched = Assert.Single(await app.TurnAsync(app.Message("switch", "council lbe")));
        var replies = await app.TurnAsync(app.Message("switch-next", AttendanceQuestion));

        Assert.StartsWith("Now answering from London Borough", switched.Text, StringComparison.Ordinal);
        var card = BotApp.Card(replies.Last(reply => reply.IsType(ActivityTypes.Message)));
        Assert.Contains(CardJson.Texts(card), text => text.Contains("London Borough", StringComparison.Ordinal));

        await app.TurnAsync(app.Message("switch-back", "council derby"));
    }

    [Fact]
    public async Task UnknownCouncilIsAnsweredWithTheCouncilsThereAre()
    {
        var reply = Assert.Single(await app.TurnAsync(app.Message("unknown-council", "council atlantis")));

        Assert.StartsWith("I don't know that council.", reply.Text, StringComparison.Ordinal);
        Assert.Contains("derby (Derby City Council)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("rushcliffe", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConversationReferenceIsStoredOnAnInboundTurn()
    {
        await app.TurnAsync(app.Message("reference", "help"));

        var stored = await app.Services.GetRequiredService<ConversationReferenceStore>().FindAsync("reference", CancellationToken.None);

        Assert.NotNull(stored);
        Assert.Equal(app.Connector.ServiceUrl, stored.ServiceUrl);
        Assert.Equal("11111111-2222-3333-4444-555555555555", stored.UserAadObjectId);
        Assert.Equal("tenant-1", stored.TenantId);
    }

    [Fact]
    public async Task MalformedJsonIsRefusedWith400()
    {
        var response = await app.PostAsync("{\"type\": \"message\", \"text\": ");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task UnhandledInvokeGets501()
    {
        var invoke = app.Message("invoke", null);
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "composeExtension/query";

        var response = await app.PostAsync(invoke);

        Assert.Equal(System.Net.HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Empty(app.Sent("invoke"));
    }

    [Fact]
    public async Task UnknownActivityTypeIsIgnored()
    {
        var activity = app.Message("unknown-type", null);
        activity.Type = "somethingNew";

        Assert.Empty(await app.TurnAsync(activity));
    }

    internal static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
