using GovernanceBot.Cards;
using GovernanceBot.Knowledge.Answers;

namespace GovernanceBot.Tests.Cards;

public sealed class CardTextTests
{
    [Fact]
    public void ShortTextIsLeftAlone()
    {
        Assert.Equal("Ask the Chief Executive.", CardText.Clip("  Ask the Chief Executive. ", 100));
    }

    [Fact]
    public void LongTextEndsOnAWordWithAnEllipsis()
    {
        var clipped = CardText.Clip("Requests go to the Chief Executive in the first instance", 30);

        Assert.Equal("Requests go to the Chief…", clipped);
    }

    [Fact]
    public void ClippingNeverSplitsASurrogatePair()
    {
        var clipped = CardText.Clip(string.Concat(Enumerable.Repeat("😀", 20)), 10);

        Assert.True(clipped.Length <= 10);
        Assert.False(char.IsHighSurrogate(clipped[^2]), "a lone high surrogate before the ellipsis");
        Assert.EndsWith("…", clipped);
    }

    [Fact]
    public void ControlCharactersBecomeSpacesButLineBreaksStay()
    {
        Assert.Equal("a b\nc", CardText.Clip("a\u0007b\r\nc", 100));
    }

    [Theory]
    [InlineData("Political groups", "26", "Protocol · Political groups · para 26")]
    [InlineData("", "13(a)", "Protocol · para 13(a)")]
    [InlineData("In terms of casework", "", "Protocol · In terms of casework")]
    [InlineData("Key points", "Key point 4", "Protocol · Key points · Key point 4")]
    public void TheCitationLineLeavesOutWhatAClauseLacks(string section, string paragraph, string expected)
    {
        Assert.Equal(expected, CardText.CitationLine(new Citation("doc", "Protocol", section, paragraph, "text"), 200));
    }
}
