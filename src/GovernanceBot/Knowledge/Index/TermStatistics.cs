using System.Collections.Concurrent;
using Lucene.Net.Index;

namespace GovernanceBot.Knowledge.Index;

/// <summary>
/// The statistics of the terms questions use, looked up once per version of the index. Each question term is
/// needed three times (to split common from distinctive, to score, to weigh coverage), each time in every
/// segment's term dictionary, and users ask about the same few hundred words.
/// </summary>
sealed class TermStatistics(IndexReader reader)
{
    // A flood of made-up words must not grow memory without bound; starting afresh costs a few lookups.
    const int MaxTerms = 100_000;

    readonly ConcurrentDictionary<Term, TermContext> contexts = new();

    public IndexReader Reader => reader;

    public TermContext Of(Term term)
    {
        if (contexts.Count > MaxTerms)
        {
            contexts.Clear();
        }

        return contexts.GetOrAdd(term, static (t, r) => TermContext.Build(r.Context, t), reader);
    }
}
