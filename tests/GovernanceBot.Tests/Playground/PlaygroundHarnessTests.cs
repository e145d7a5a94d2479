using System.Text.Json.Nodes;
using GovernanceBot.Tests.Support.Playground;

namespace GovernanceBot.Tests.Playground;

// The real Agents Playground against a minimal echo bot: proves the harness the end-to-end tests
// of GovernanceBot use. Each test uses its own words, so frames of one never satisfy another.
public sealed class PlaygroundHarnessTests(EchoBotAndPlayground peers) : IClassFixture<EchoBotAndPlayground>
{
    private const string AlexMorgan = "11111111-1111-4111-8111-000000000001";
    private const string PatOkafor = "11111111-1111-4111-8111-000000000005";

    private EchoBot Bot => peers.Bot;

    private AgentsPlayground Playground => peers.Playground;

    [Fact]
    public async Task PlaygroundUsersAreTheSampleCouncilPeople()
    {
        var config = await Playground.ConfigAsync();

        Assert.Equal(("user-id-0", "Alex Morgan", AlexMorgan), (config.CurrentUser.Id, config.CurrentUser.Name, config.CurrentUser.AadObjectId));
        Assert.Equal(
            [
                ("Sam Patel", "11111111-1111-4111-8111-000000000002"),
                ("Jo Clarke", "11111111-1111-4111-8111-000000000003"),
                ("Chris Evans", "11111111-1111-4111-8111-000000000004"),
                ("Pat Okafor", PatOkafor),
                ("Robin Shah", "11111111-1111-4111-8111-000000000006"),
            ],
            config.Users.Select(user => (user.Name, user.AadObjectId)));
    }

    [Fact]
    public async Task InstallSendsInstallationUpdateAndConversationUpdate()
    {
        var config = await Playground.ConfigAsync();

        await Playground.InstallAsync(config.PersonalChatId);

        var installation = await Bot.Received.WaitForAsync(
            activity => Type(activity) == "installationUpdate" && ConversationId(activity) == config.PersonalChatId, AgentsPlayground.DefaultWait);
        var membersAdded = await Bot.Received.WaitForAsync(
            activity => Type(activity) == "conversationUpdate" && ConversationId(activity) == config.PersonalChatId, AgentsPlayground.DefaultWait);
        Assert.Equal("add", (string?)installation["action"]);
        Assert.Equal(AlexMorgan, (string?)installation["from"]?["aadObjectId"]);
        Assert.Contains(config.BotId, membersAdded["membersAdded"]!.AsArray().Select(member => (string?)member?["id"]));
        Assert.Equal(Playground.ServiceUrl, (string?)membersAdded["serviceUrl"]);
    }

    [Fact]
    public async Task EchoedCardArrivesOnTheConversationStream()
    {
        var config = await Playground.ConfigAsync();

        await Playground.SendMessageAsync(config.PersonalChatId, config.CurrentUser.Id, "hello playground");

        var received = await Bot.Received.WaitForAsync(activity => Text(activity) == "hello playground", AgentsPlayground.DefaultWait);
        Assert.Equal(AlexMorgan, (string?)received["from"]?["aadObjectId"]);
        // The Playground shows an activity's text and each of its attachments as separate messages.
        var text = await Playground.WaitForMessageAsync(message => message.Text == "echo: hello playground");
        var card = await CardAsync("echo: hello playground");
        Assert.Equal(config.PersonalChatId, text.ConversationId);
        Assert.Equal(config.PersonalChatId, card.ConversationId);
        Assert.Equal("1.5", (string?)card.AdaptiveCard!["version"]);
        Assert.Equal(["Action.Submit", "Action.Execute"], card.AdaptiveCard["actions"]!.AsArray().Select(action => (string?)action?["type"]));
    }

    [Fact]
    public async Task CardSubmitReachesTheBotWithItsValue()
    {
        var config = await Playground.ConfigAsync();
        await Playground.SendMessageAsync(config.PersonalChatId, config.CurrentUser.Id, "rate this");
        var card = await CardAsync("echo: rate this");

        await Playground.SubmitAsync(config.PersonalChatId, config.CurrentUser.Id, card.MessageId, new JsonObject { ["feedback"] = "helpful" });

        var submitted = await Bot.Received.WaitForAsync(activity => (string?)activity["replyToId"] == card.MessageId, AgentsPlayground.DefaultWait);
        Assert.Equal("message", Type(submitted));
        Assert.Equal("helpful", (string?)submitted["value"]?["feedback"]);
        Assert.Equal(AlexMorgan, (string?)submitted["from"]?["aadObjectId"]);
    }

    [Fact]
    public async Task ActionExecuteReturnsTheBotsInvokeResponse()
    {
        var config = await Playground.ConfigAsync();
        await Playground.SendMessageAsync(config.PersonalChatId, config.CurrentUser.Id, "execute this");
        var card = await CardAsync("echo: execute this");

        var response = await Playground.InvokeAsync(config.PersonalChatId, config.CurrentUser.Id, card.MessageId, "refresh", new JsonObject { ["card"] = "echo: execute this" });

        Assert.Equal(EchoBot.CardContentType, (string?)response["type"]);
        Assert.Equal("done: refresh", (string?)response["value"]?["body"]?[0]?["text"]);
        var invoke = await Bot.Received.WaitForAsync(activity => Type(activity) == "invoke" && (string?)activity["replyToId"] == card.MessageId, AgentsPlayground.DefaultWait);
        Assert.Equal("adaptiveCard/action", (string?)invoke["name"]);
        Assert.Equal("echo: execute this", (string?)invoke["value"]?["action"]?["data"]?["card"]);
    }

    [Fact]
    public async Task AnotherUserMessagesAndSubmitsInTheGroupChat()
    {
        var config = await Playground.ConfigAsync();
        var pat = config.UserNamed("Pat Okafor");

        await Playground.SendMessageAsync(config.GroupChatId, pat.Id, "from the chief executive", mentionBot: true);

        var message = await Bot.Received.WaitForAsync(activity => Text(activity)?.EndsWith("from the chief executive") == true, AgentsPlayground.DefaultWait);
        Assert.Equal(PatOkafor, (string?)message["from"]?["aadObjectId"]);
        Assert.Equal("groupChat", (string?)message["conversation"]?["conversationType"]);
        var card = await CardAsync("echo: from the chief executive");
        Assert.Equal(config.GroupChatId, card.ConversationId);

        await Playground.SubmitAsync(config.GroupChatId, pat.Id, card.MessageId, new JsonObject { ["decision"] = "approve" });

        var submitted = await Bot.Received.WaitForAsync(activity => (string?)activity["replyToId"] == card.MessageId, AgentsPlayground.DefaultWait);
        Assert.Equal("approve", (string?)submitted["value"]?["decision"]);
        Assert.Equal(PatOkafor, (string?)submitted["from"]?["aadObjectId"]);
    }

    [Fact]
    public async Task BotOpensAPersonalChatWithAnotherUserWhoCanAnswerIt()
    {
        var config = await Playground.ConfigAsync();
        var pat = config.UserNamed("Pat Okafor");

        await Playground.SendMessageAsync(config.PersonalChatId, config.CurrentUser.Id, $"dm {pat.Id}");

        // A chat without the current user never reaches the conversation stream: the bot's message
        // there is seen on the protocol log, with the id the Playground gave it.
        var posted = await Playground.WaitForLogAsync(entry =>
            (string?)entry["request"]?["body"]?["attachments"]?[0]?["content"]?["body"]?[0]?["text"] == "for you"
            && (int?)entry["response"]?["statusCode"] == 201);
        var chatId = (string)posted["conversationId"]!;
        var messageId = (string)posted["response"]!["body"]!["id"]!;
        Assert.NotEqual(config.PersonalChatId, chatId);

        await Playground.SubmitAsync(chatId, pat.Id, messageId, new JsonObject { ["seen"] = true });

        var submitted = await Bot.Received.WaitForAsync(activity => (string?)activity["replyToId"] == messageId, AgentsPlayground.DefaultWait);
        Assert.Equal(PatOkafor, (string?)submitted["from"]?["aadObjectId"]);
        Assert.Equal(chatId, ConversationId(submitted));
        Assert.Equal(true, (bool?)submitted["value"]?["seen"]);
    }

    private Task<PlaygroundMessage> CardAsync(string text) =>
        Playground.WaitForMessageAsync(message => (string?)message.AdaptiveCard?["body"]?[0]?["text"] == text);

    private static string? Type(JsonObject activity) => (string?)activity["type"];

    private static string? Text(JsonObject activity) => (string?)activity["text"];

    private static string? ConversationId(JsonObject activity) => (string?)activity["conversation"]?["id"];
}
