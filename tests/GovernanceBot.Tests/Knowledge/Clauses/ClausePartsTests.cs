using GovernanceBot.Knowledge.Clauses;

namespace GovernanceBot.Tests.Knowledge.Clauses;

public sealed class ClausePartsTests
{
    [Fact]
    public void LetteredListIsCutIntoItsItemsWithTheLeadIn()
    {
        var parts = ClauseParts.Of("Officers can expect from councillors: (a) a working partnership; (b) respect, dignity and courtesy; and (c) integrity.");

        Assert.NotNull(parts);
        Assert.Equal("Officers can expect from councillors:", parts.LeadIn);
        Assert.Equal(["(a)", "(b)", "(c)"], parts.Items.Select(i => i.Label));
        Assert.Equal("respect, dignity and courtesy", parts.Items[1].Text);
        Assert.Equal("Officers can expect from councillors: integrity.", parts.Quote(parts.Items[2]));
    }

    [Fact]
    public void BulletedListIsCutIntoItsItems()
    {
        var parts = ClauseParts.Of("Officers are responsible for: • taking day-to-day managerial and operational decisions; and • advising and supporting all councillors");

        Assert.NotNull(parts);
        Assert.Equal(["•1", "•2"], parts.Items.Select(i => i.Label));
        Assert.Equal("taking day-to-day managerial and operational decisions", parts.Items[0].Text);
    }

    [Fact]
    public void LetterOutOfSequenceInsideAnItemDoesNotStartANewItem()
    {
        var parts = ClauseParts.Of("Members may: (a) attend conferences (see (e) below) with agreement; (b) claim expenses.");

        Assert.NotNull(parts);
        Assert.Equal(2, parts.Items.Count);
        Assert.Contains("(see (e) below)", parts.Items[0].Text);
    }

    [Theory]
    [InlineData("Requests for officers' attendance should be made to the Chief Executive.")]
    [InlineData("The council (a) decides.")]
    [InlineData("• only one bullet")]
    public void ClauseThatIsNotAListHasNoParts(string text) => Assert.Null(ClauseParts.Of(text));
}
