using GovernanceBot.Knowledge.Retrieval;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Knowledge.Retrieval;

public sealed class AbbreviationsTests
{
    static readonly Abbreviations Shipped = Abbreviations.Load(Path.Combine(RepositoryRoot.Path, "src", "GovernanceBot", "Knowledge", "Retrieval", "abbreviations.txt"));

    [Theory]
    [InlineData("can the cllr ask the CEO?", "can the councillor ask the Chief Executive?")]
    [InlineData("what does the MO do", "what does the Monitoring Officer do")]
    [InlineData("is the s151 officer involved", "is the section 151 officer involved")]
    [InlineData("ask your s151", "ask your section 151 officer")]
    [InlineData("our O&S board", "our overview and scrutiny board")]
    [InlineData("ask the chief exec", "ask the Chief Executive")]
    [InlineData("CEx is away", "Chief Executive is away")]
    public void SectorAbbreviationsAreSpelledOut(string question, string spelled) => Assert.Equal(spelled, Shipped.SpellOut(question));

    [Theory]
    [InlineData("tomorrow the mood is good")]
    [InlineData("the modern protocol")]
    [InlineData("dsl and ceos")]
    public void WordsThatOnlyContainAnAbbreviationAreLeftAlone(string question) => Assert.Equal(question, Shipped.SpellOut(question));

    [Fact]
    public void LineWithoutASpellingIsRefusedNamingIt()
    {
        var error = Assert.Throws<FormatException>(() => Abbreviations.Parse(["cllr councillor"]));

        Assert.Contains("cllr councillor", error.Message);
    }
}
