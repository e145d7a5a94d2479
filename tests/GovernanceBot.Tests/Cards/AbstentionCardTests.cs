using GovernanceBot.Cards;

namespace GovernanceBot.Tests.Cards;

public sealed class AbstentionCardTests
{
    const string HandOff = "Democratic Services can help: democratic.services@derby.example, 01332 000000.";

    readonly AbstentionCard card = new("Derby City Council", HandOff);

    [Fact]
    public void TheCardSaysItCannotFindTheAnswerAndHandsOff()
    {
        var json = card.ToJson();

        CardJson.AssertValidCard(json);
        Assert.Contains("I can't find that in Derby City Council's protocol.", CardJson.Texts(json));
        Assert.Contains(HandOff, CardJson.Texts(json));
    }

    [Fact]
    public void TheCardCitesNothing()
    {
        var json = card.ToJson();

        Assert.Empty(CardJson.OfType(json, "RichTextBlock"));
        Assert.DoesNotContain(CardJson.Texts(json), text => text.Contains("para", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void TheHandOffNamesWhoLeadsDemocraticServices()
    {
        var named = new AbstentionCard("Derby City Council", HandOff, new RouteContact("Democratic Services", "Dana Example", "democratic.services@derby.example"));

        Assert.Contains("Dana Example (democratic.services@derby.example) leads Democratic Services.", CardJson.Texts(named.ToJson()));
        Assert.EndsWith("Dana Example (democratic.services@derby.example) leads Democratic Services.", named.ToPlainText());
    }

    [Fact]
    public void ThePlainTextSaysTheSame()
    {
        Assert.Equal($"I can't find that in Derby City Council's protocol.\n\n{HandOff}", card.ToPlainText());
    }
}
