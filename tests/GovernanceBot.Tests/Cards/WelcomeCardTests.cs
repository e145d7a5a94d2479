using GovernanceBot.Cards;

namespace GovernanceBot.Tests.Cards;

public sealed class WelcomeCardTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void TheCardListsWhatTheBotCanDo(bool personalScope)
    {
        var json = new WelcomeCard(personalScope).ToJson();

        CardJson.AssertValidCard(json);
        var text = string.Join("\n", CardJson.Texts(json));
        Assert.Contains("protocol", text);
        Assert.Contains("officer attendance", text);
        Assert.Contains("briefing", text);
        Assert.Contains("in confidence", text);
        Assert.Contains("concern about an officer", text);
        Assert.Contains("my requests", text);
        Assert.Contains("Try asking", text);
    }

    [Fact]
    public void InATeamItSaysConfidentialReportsBelongInAPersonalChat()
    {
        Assert.Contains(WelcomeCard.ConfidentialInPersonalChat, CardJson.Texts(new WelcomeCard(personalScope: false).ToJson()));
        Assert.Contains(WelcomeCard.ConfidentialInPersonalChat, new WelcomeCard(personalScope: false).ToPlainText());
    }

    [Fact]
    public void InAPersonalChatItDoesNotSendTheUserElsewhere()
    {
        Assert.DoesNotContain(WelcomeCard.ConfidentialInPersonalChat, CardJson.Texts(new WelcomeCard(personalScope: true).ToJson()));
        Assert.DoesNotContain(WelcomeCard.ConfidentialInPersonalChat, new WelcomeCard(personalScope: true).ToPlainText());
    }

    [Fact]
    public void ThePlainTextHasNoMarkdown()
    {
        var text = new WelcomeCard(personalScope: true).ToPlainText();

        Assert.Contains("See my requests", text);
        Assert.DoesNotContain("**", text);
    }
}
