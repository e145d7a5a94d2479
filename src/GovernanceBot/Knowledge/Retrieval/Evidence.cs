using GovernanceBot.Knowledge.Clauses;

namespace GovernanceBot.Knowledge.Retrieval;

/// <summary>
/// What retrieval found out about one candidate clause, in terms any backend can supply: how it scored lexically and
/// where it ranked, how much of the question's weighted words it contains, how close its meaning is to the question's
/// and where that ranked, what the question and clause say about whose duty and which role, and whether the clause
/// states a time or a number (<see cref="StatesTime"/>, whatever the question asks). The ranker and the
/// gate read only this, never the backend's internals.
/// </summary>
public sealed record Evidence(
    double LexicalScore,
    int? LexicalRank,
    double LexicalShare,
    double Coverage,
    double DenseSimilarity,
    int DenseRank,
    double DenseGap,
    double AdaptedSimilarity,
    int AdaptedRank,
    double AdaptedGap,
    int ActorAgreement,
    bool DirectsToAskedRole,
    int TextLength,
    bool Numbered,
    double FeedbackSimilarity,
    double Missing,
    int TimeAgreement,
    bool StatesTime);

/// <summary>A clause that might answer the question, with the evidence for it.</summary>
public sealed record Candidate(Clause Clause, Evidence Evidence);

/// <summary>
/// What retrieval knows about the question itself: the best scores any clause reached, what it asks for, whether its
/// council has a history of questions asked before, how much nearer it is to one of those the documents did not
/// cover than to one they did, and how much more the adapted question points to "no clause" than to its best clause.
/// </summary>
public sealed record QuestionEvidence(double BestLexicalScore, double BestDenseSimilarity, bool AsksForRole, bool AsksForFact, double Unseen, bool CouncilKnown, double UncoveredLean, double AdaptedUncoveredLean)
{
    /// <summary>The nearest questions asked before at this council, for <c>ask --explain</c>.</summary>
    public IReadOnlyList<(float Similarity, bool Answered, string Text)> NearestAsked { get; init; } = [];

    /// <summary>This evidence with what the council's questions asked before say about the question.</summary>
    public QuestionEvidence Reading(Semantic.Neighbourhood near) => this with
    {
        CouncilKnown = near.CouncilKnown,
        UncoveredLean = near.UncoveredLean,
        NearestAsked = near.Nearest.Select(n => (n.Similarity, n.Example.Answered, n.Example.Text)).ToList(),
    };
}

/// <summary>The candidates for one question, with the question's own evidence and its vector (to pick a list item later).</summary>
public sealed record Retrieved(Question Question, IReadOnlyList<Candidate> Candidates, QuestionEvidence Evidence, float[] Vector);

/// <summary>
/// A question as the pipeline sees it: the council (its name says nothing about what is asked, so it is left out of
/// coverage), the cleaned text, and the scopes (the council's and the national guidance) it is answered from.
/// </summary>
public sealed record Question(string CouncilId, string CouncilName, string Text, IReadOnlyCollection<string> Scopes);

/// <summary>The Retrieve stage: candidate clauses for a question, each with all the evidence for it.</summary>
public interface IClauseRetriever
{
    Task<Retrieved> RetrieveAsync(Question question, CancellationToken cancellationToken);
}
