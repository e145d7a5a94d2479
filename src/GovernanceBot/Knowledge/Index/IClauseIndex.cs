using GovernanceBot.Knowledge.Clauses;

namespace GovernanceBot.Knowledge.Index;

/// <summary>
/// Where clauses are stored and searched. The embedded default is Lucene on disk; Azure AI Search is the
/// cloud option. Documents are replaced whole, keyed by scope and document id, with the content hash that lets
/// re-indexing skip unchanged files.
/// </summary>
public interface IClauseIndex
{
    /// <summary>The content hash stored with each indexed document, by document key.</summary>
    IReadOnlyDictionary<string, string> DocumentHashes();

    /// <summary>Replaces every clause of one document.</summary>
    void Replace(string documentKey, string hash, IReadOnlyList<Clause> clauses);

    /// <summary>Removes a document that is no longer configured.</summary>
    void Remove(string documentKey);

    /// <summary>Makes the changes since the last commit visible to searches.</summary>
    void Commit();

    /// <summary>The best clauses for the question among the given scopes (a council id and "national").</summary>
    IReadOnlyList<ClauseHit> Search(ClauseQuery query, int top);

    /// <summary>
    /// How rare a term of the analysed text is across clauses (BM25's idf); unseen terms get the highest value.
    /// The answer engine weighs a question's words with it to judge whether the best clause covers the question.
    /// </summary>
    double Rarity(string term);

    /// <summary>All clauses of a document in a scope, in document order.</summary>
    IReadOnlyList<Clause> ClausesOf(string scope, string documentId);
}

/// <summary>A question as the index sees it.</summary>
public sealed record ClauseQuery(string Question, IReadOnlyCollection<string> Scopes, bool AsksForRole);

/// <summary>A clause found for a question, with its score and the roles it directs the reader to.</summary>
public sealed record ClauseHit(Clause Clause, float Score, IReadOnlyList<string> DirectedRoles);
