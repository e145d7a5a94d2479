using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace GovernanceBot.Knowledge.Index;

/// <summary>A token as analysis leaves it, with where it came from in the text.</summary>
public sealed record AnalyzedToken(string Term, int StartOffset, int EndOffset)
{
    public bool IsConcept => Term.StartsWith(Thesaurus.ConceptPrefix, StringComparison.Ordinal);
}

/// <summary>Runs text through an analyzer and returns its tokens.</summary>
public static class QuestionTerms
{
    public static List<AnalyzedToken> Tokens(Analyzer analyzer, string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = analyzer.GetTokenStream(ClauseIndexSchema.Text, new StringReader(text));
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }
}
