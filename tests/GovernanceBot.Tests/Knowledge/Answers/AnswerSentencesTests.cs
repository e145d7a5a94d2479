using GovernanceBot.Knowledge.Answers;

namespace GovernanceBot.Tests.Knowledge.Answers;

public sealed class AnswerSentencesTests
{
    [Fact]
    public void LongTextIsCutAtASentenceEndWhenThereIsOne()
    {
        var text = string.Join(' ', Enumerable.Repeat("Officers give facts and professional advice to every group.", 20));

        var shortened = AnswerSentences.Shorten(text);

        Assert.True(shortened.Length <= AnswerSentences.MaxAnswerLength);
        Assert.EndsWith("every group.", shortened);
    }

    [Fact]
    public void LongTextWithoutSentencesIsCutBetweenWordsNeverInsideOne()
    {
        var text = string.Join(' ', Enumerable.Repeat("councillors", 100));

        var shortened = AnswerSentences.Shorten(text);

        Assert.EndsWith("councillors…", shortened);
        Assert.All(shortened.TrimEnd('…').Split(' '), word => Assert.Equal("councillors", word));
    }

    [Fact]
    public void ShortTextIsLeftWhole() => Assert.Equal("Ask the Chief Executive.", AnswerSentences.Shorten("Ask the Chief Executive."));
}
