using GovernanceBot.BotFramework;
using GovernanceBot.Tests.Cards;

namespace GovernanceBot.Tests.Channel;

public sealed class TeamsBotWelcomeTests(BotApp app) : IClassFixture<BotApp>
{
    const string Confidential = "Please make confidential reports in a personal chat";

    [Fact]
    public async Task InstallationInPersonalChatIsWelcomed()
    {
        var install = app.Message("install", null);
        install.Type = ActivityTypes.InstallationUpdate;
        install.Action = "add";

        var reply = Assert.Single(await app.TurnAsync(install));

        var texts = CardJson.Texts(BotApp.Card(reply)).ToList();
        Assert.Contains("Hello, I'm GovernanceBot", texts);
        Assert.DoesNotContain(texts, text => text.StartsWith(Confidential, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BotAddedToATeamIsWelcomedWithTheConfidentialityWarning()
    {
        var added = app.Message("team", null, conversationType: "channel");
        added.Type = ActivityTypes.ConversationUpdate;
        added.MembersAdded = [new ChannelAccount { Id = added.Recipient!.Id }];

        var reply = Assert.Single(await app.TurnAsync(added));

        Assert.Contains(CardJson.Texts(BotApp.Card(reply)), text => text.StartsWith(Confidential, StringComparison.Ordinal));
    }

    [Fact]
    public async Task InstallAnnouncedTwiceIsWelcomedOnce()
    {
        var added = app.Message("twice", null);
        added.Type = ActivityTypes.ConversationUpdate;
        added.MembersAdded = [new ChannelAccount { Id = added.Recipient!.Id }];
        var install = app.Message("twice", null);
        install.Type = ActivityTypes.InstallationUpdate;
        install.Action = "add";

        Assert.Single(await app.TurnAsync(added));
        Assert.Empty(await app.TurnAsync(install));
    }

    [Fact]
    public async Task SomeoneElseJoiningIsNotWelcomed()
    {
        var joined = app.Message("someone", null, conversationType: "groupChat");
        joined.Type = ActivityTypes.ConversationUpdate;
        joined.MembersAdded = [new ChannelAccount { Id = "29:another-person" }];

        Assert.Empty(await app.TurnAsync(joined));
    }

    [Fact]
    public async Task HelpShowsWhatTheBotCanDo()
    {
        var reply = Assert.Single(await app.TurnAsync(app.Message("help", "help")));

        Assert.Contains("Hello, I'm GovernanceBot", CardJson.Texts(BotApp.Card(reply)));
    }
}
