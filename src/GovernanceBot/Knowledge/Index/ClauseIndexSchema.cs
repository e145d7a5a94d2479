namespace GovernanceBot.Knowledge.Index;

/// <summary>
/// Everything a search backend must reproduce to rank like the embedded Lucene index: the fields, which are
/// analysed with the domain analyzer, the boosts, and the scope filter. An Azure AI Search index mirrors these
/// as searchable fields with a custom analyzer and synonym map, a scoring profile with these weights, and a
/// filter on <see cref="Scope"/>.
/// </summary>
public static class ClauseIndexSchema
{
    public const string Key = "key";
    public const string DocumentKey = "docKey";
    public const string DocumentHash = "docHash";
    public const string Scope = "scope";
    public const string Document = "document";
    public const string Title = "title";
    public const string Paragraph = "paragraph";
    public const string Start = "start";
    public const string End = "end";

    /// <summary>The clause text, analysed to stemmed words and thesaurus concepts.</summary>
    public const string Text = "text";

    /// <summary>The clause text as ordered word pairs (shingles), rewarding the question's word order.</summary>
    public const string Pairs = "pairs";

    /// <summary>The headings the clause sits under, analysed like the text.</summary>
    public const string Section = "section";

    /// <summary>Roles the clause directs the reader to ("made to the Chief Executive"); "none" when it names none.</summary>
    public const string Routes = "routes";

    public const string NoRoute = "none";

    /// <summary>"yes" when the clause directs the reader to a role, for <see cref="DirectedRoleBoost"/>.</summary>
    public const string Directs = "directs";

    public const float TextBoost = 1.0f;
    public const float PairsBoost = 0.6f;
    public const float SectionBoost = 0.5f;

    /// <summary>For "who do I ask…" questions, clauses that direct the reader to a role rank higher.</summary>
    public const float DirectedRoleBoost = 1.5f;

    /// <summary>
    /// A term in more than this share of clauses, and in more than <see cref="CommonTermMinimum"/> of them, is
    /// common: it adds to the score of a clause that matches one of the question's other terms but does not by
    /// itself make a clause a candidate. Candidates score as before; what is saved is scoring thousands of clauses that
    /// share only common words with the question, in a large index.
    /// </summary>
    public const double CommonTermShare = 0.1;

    /// <summary>Below this many clauses a term is never common: in a small index every clause is cheap to score.</summary>
    public const int CommonTermMinimum = 1000;

    /// <summary>BM25 parameters (Lucene and Azure AI Search defaults).</summary>
    public const float Bm25K1 = 1.2f;
    public const float Bm25B = 0.75f;
}
