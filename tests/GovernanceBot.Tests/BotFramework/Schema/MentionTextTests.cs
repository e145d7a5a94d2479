using GovernanceBot.BotFramework;
using GovernanceBot.Tests.BotFramework.Support;

namespace GovernanceBot.Tests.BotFramework.Schema;

public sealed class MentionTextTests
{
    private static Activity Mentioning(string text, params (string Id, string Name, string Markup)[] mentions)
    {
        var activity = Activities.Message(text);
        activity.Entities = mentions
            .Select(m => Entity.From(new Mention { Mentioned = new ChannelAccount { Id = m.Id, Name = m.Name }, Text = m.Markup }))
            .ToList();
        return activity;
    }

    [Fact]
    public void BotMentionIsRemovedAndTheQuestionKept()
    {
        var activity = Mentioning("<at>Governance Bot</at> who chairs the standards committee?",
            ($"28:{SigningAuthority.AppId}", "Governance Bot", "<at>Governance Bot</at>"));

        Assert.Equal("who chairs the standards committee?", activity.RemoveRecipientMention());
        Assert.Equal("who chairs the standards committee?", activity.Text);
    }

    [Fact]
    public void MentionsOfOtherPeopleStayInTheText()
    {
        var activity = Mentioning("<at>Governance Bot</at> can I meet <at>Sam Officer</at> alone?",
            ($"28:{SigningAuthority.AppId}", "Governance Bot", "<at>Governance Bot</at>"),
            ("29:sam", "Sam Officer", "<at>Sam Officer</at>"));

        Assert.Equal("can I meet <at>Sam Officer</at> alone?", activity.RemoveRecipientMention());
    }

    [Fact]
    public void MentionMarkupWithDifferentWhitespaceIsStillRemoved()
    {
        var activity = Mentioning("  <at>Governance  Bot</at>   help  ",
            ($"28:{SigningAuthority.AppId}", "Governance Bot", "<at>Governance Bot</at>"));

        Assert.Equal("help", activity.RemoveRecipientMention());
    }

    [Fact]
    public void MessageOfOnlyAMentionBecomesEmpty()
    {
        var activity = Mentioning("<at>Governance Bot</at>", ($"28:{SigningAuthority.AppId}", "Governance Bot", "<at>Governance Bot</at>"));

        Assert.Equal(string.Empty, activity.RemoveRecipientMention());
    }
}
