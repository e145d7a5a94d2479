using System.Net;
using System.Text;
using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.Cards;

namespace GovernanceBot.Tests.Channel;

// Issue 4's bad input through the whole app over HTTP: each is answered cleanly, and the same conversation
// still gets a cited answer afterwards, so nothing crashed the host or broke the conversation's state.
public sealed class BadInputTests(BotApp app) : IClassFixture<BotApp>
{
    const string Question = "Who should a request for an officer to attend a political group meeting be made to?";

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ")]
    [InlineData("not json")]
    [InlineData("{\"text\": \"a message with no type\", \"conversation\": {\"id\": \"bad-typeless\"}}")]
    [InlineData("{\"type\": 42}")]
    [InlineData("[{\"type\": \"message\"}]")]
    [InlineData("")]
    public async Task BodyThatIsNotAnActivityGets400AndTheBotStillAnswers(string body)
    {
        var response = await app.PostAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertStillAnswersAsync($"after-400-{Math.Abs(body.GetHashCode())}");
    }

    [Fact]
    public async Task BodyOfAMegabyteGets413AndNothingIsSent()
    {
        var response = await app.PostAsync(app.Message("bad-huge", new string('a', 1024 * 1024)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Empty(app.Sent("bad-huge"));
        await AssertStillAnswersAsync("bad-huge");
    }

    [Theory]
    [InlineData("somethingNew")]
    [InlineData("event")]
    [InlineData("messageReaction")]
    [InlineData("endOfConversation")]
    public async Task OtherActivityTypesGet200AndNoReply(string type)
    {
        var activity = app.Message($"bad-type-{type}", null);
        activity.Type = type;

        Assert.Empty(await app.TurnAsync(activity));
        await AssertStillAnswersAsync($"bad-type-{type}");
    }

    [Fact]
    public async Task MessageOfOnlyAMentionAndWhitespaceGetsAPromptToAsk()
    {
        var message = app.Message("bad-bare-mention", "<at>GovernanceBot</at>\u00a0\r\n\t", conversationType: "groupChat");
        message.Entities = [Entity.From(new Mention { Mentioned = message.Recipient, Text = "<at>GovernanceBot</at>" })];

        var reply = Assert.Single(await app.TurnAsync(message));

        Assert.StartsWith("Ask me a question", reply.Text, StringComparison.Ordinal);
        await AssertStillAnswersAsync("bad-bare-mention");
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("true")]
    [InlineData("[[[], {}], {\"action\": \"feedback\"}]")]
    [InlineData("{\"action\": {\"action\": {\"action\": [\"feedback\"]}}, \"answerId\": {\"$ne\": null}}")]
    [InlineData("{\"action\": \"feedback\", \"helpful\": true, \"answerId\": [\"a\", \"b\"]}")]
    [InlineData("{\"action\": \"feedback\", \"helpful\": 1, \"answerId\": \"x\"}")]
    [InlineData("{\"action\": \"startFlow\", \"flow\": {\"nested\": [1, 2, {\"deeper\": null}]}}")]
    [InlineData("{\"action\": \"feedback\\u0000\\u0007\", \"helpful\": false, \"answerId\": \"\\ud83d\\ude00\"}")]
    public async Task CardSubmitWithAnUnexpectedValueGetsAPlainAnswer(string value)
    {
        var conversation = $"bad-value-{Math.Abs(value.GetHashCode())}";
        var submit = app.Message(conversation, null);
        submit.Value = JsonDocument.Parse(value).RootElement.Clone();

        var reply = Assert.Single(await app.TurnAsync(submit));

        Assert.False(string.IsNullOrWhiteSpace(reply.Text));
        Assert.DoesNotContain("Something went wrong", reply.Text, StringComparison.Ordinal);
        await AssertStillAnswersAsync(conversation);
    }

    [Fact]
    public async Task CardSubmitWithHugeStringsIsAnsweredAndRecordsNothing()
    {
        var huge = new string('z', 100_000);
        var submit = app.Message("bad-value-huge", null);
        submit.Value = JsonSerializer.SerializeToElement(new { action = "feedback", helpful = true, answerId = huge, note = huge });

        var reply = Assert.Single(await app.TurnAsync(submit));

        Assert.StartsWith("I no longer have that answer on record", reply.Text, StringComparison.Ordinal);
        await AssertStillAnswersAsync("bad-value-huge");
    }

    [Theory]
    [InlineData("\u0000\u0001\u0002\u001b[31m")]
    [InlineData("\u202e\u200b\ufeff")]
    [InlineData("\ud83c\udfdb\ufe0f\ud83c\udfdb\ufe0f\ud83c\udfdb\ufe0f")]
    [InlineData("Ｗｈｏ ｄｏ Ｉ ａｓｋ？")]
    public async Task TextOfControlAndUnusualUnicodeCharactersIsAnsweredCleanly(string text)
    {
        var conversation = $"bad-text-{Math.Abs(text.GetHashCode())}";

        var replies = await app.TurnAsync(app.Message(conversation, text));

        var reply = Assert.Single(replies, reply => reply.IsType(ActivityTypes.Message));
        Assert.True(reply.Text is { Length: > 0 } || reply.Attachments is { Count: 1 });
        Assert.DoesNotContain("Something went wrong", reply.Text ?? "", StringComparison.Ordinal);
        await AssertStillAnswersAsync(conversation);
    }

    [Fact]
    public async Task UnpairedSurrogateInTheRawBodyIsAnsweredCleanly()
    {
        var activity = JsonSerializer.Serialize(app.Message("bad-surrogate", "placeholder"), BotJson.Options)
            .Replace("placeholder", "\\ud800 lone surrogate", StringComparison.Ordinal);

        var response = await app.PostAsync(activity);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"Got {(int)response.StatusCode}.");
        Assert.DoesNotContain(app.Sent("bad-surrogate"), sent => sent.Text?.Contains("Something went wrong", StringComparison.Ordinal) == true);
        await AssertStillAnswersAsync("bad-surrogate");
    }

    [Fact]
    public async Task InvalidUtf8IsRefusedOrAnsweredButNeverCrashes()
    {
        var json = JsonSerializer.Serialize(app.Message("bad-utf8", "QQQ"), BotJson.Options);
        var bytes = Encoding.UTF8.GetBytes(json).ToList();
        var at = bytes.IndexOf((byte)'Q');
        bytes.RemoveRange(at, 3);
        bytes.InsertRange(at, [0xC3, 0x28, 0xFF]);

        var response = await app.Client.PostAsync("/api/messages", new ByteArrayContent([.. bytes]) { Headers = { { "Content-Type", "application/json" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await AssertStillAnswersAsync("bad-utf8");
    }

    async Task AssertStillAnswersAsync(string conversationId)
    {
        var replies = await app.TurnAsync(app.Message(conversationId, Question));

        var card = BotApp.Card(replies.Last(reply => reply.IsType(ActivityTypes.Message)));
        Assert.Contains(CardJson.Texts(card), text => text.EndsWith("para 28", StringComparison.Ordinal));
    }
}
