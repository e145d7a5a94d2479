using GovernanceBot.Knowledge.Retrieval;

namespace GovernanceBot.Knowledge.Ranking;

/// <summary>
/// The evidence as numbers, in the order the fitted model's weights follow. Each is something any backend supplies;
/// logarithms and reciprocal ranks keep a few huge scores or distant ranks from swamping the rest.
/// </summary>
public static class CandidateFeatures
{
    const int ShortClause = 60;

    public static readonly IReadOnlyList<string> Names =
    [
        "lexicalShare", "lexicalReciprocalRank", "lexicalLogScore", "coverage", "actorAgreement", "directsToAskedRole",
        "logLength", "short", "denseSimilarity", "denseReciprocalRank", "denseGap", "adaptedSimilarity", "adaptedReciprocalRank", "adaptedGap", "numbered", "feedbackSimilarity", "missing", "timeAgreement",
    ];

    public static double[] Of(Evidence e) =>
    [
        e.LexicalShare,
        e.LexicalRank is { } rank ? 1.0 / (rank + 1) : 0,
        Math.Log(1 + e.LexicalScore),
        e.Coverage,
        e.ActorAgreement,
        e.DirectsToAskedRole ? 1 : 0,
        Math.Log(1 + e.TextLength),
        e.TextLength < ShortClause ? 1 : 0,
        e.DenseSimilarity,
        1.0 / (e.DenseRank + 1),
        e.DenseGap,
        e.AdaptedSimilarity,
        1.0 / (e.AdaptedRank + 1),
        e.AdaptedGap,
        e.Numbered ? 1 : 0,
        e.FeedbackSimilarity,
        e.Missing,
        e.TimeAgreement,
    ];
}

/// <summary>
/// The numbers the gate weighs: how sure the ranker is of its first choice, that choice's evidence, and the question's
/// own, including what the council's questions asked before say about it, and whether the question asks for a fact (a
/// number, a date, a time) that the first clause does not state — the answer-type check read against the clause.
/// </summary>
public static class GateFeatures
{
    public static readonly IReadOnlyList<string> Names =
    [
        "firstProbability", "margin", .. CandidateFeatures.Names.Select(n => $"first.{n}"),
        "bestLexicalLogScore", "bestDenseSimilarity", "asksForFact", "factUnstated", "asksForRole", "unseen", "councilKnown", "uncoveredLean", "adaptedUncoveredLean",
    ];

    public static double[] Of(IReadOnlyList<RankedCandidate> ranked, QuestionEvidence question) =>
    [
        ranked.Count == 0 ? 0 : ranked[0].Probability,
        ranked.Count == 0 ? 0 : ranked[0].Probability - (ranked.Count > 1 ? ranked[1].Probability : 0),
        .. ranked.Count == 0 ? new double[CandidateFeatures.Names.Count] : CandidateFeatures.Of(ranked[0].Candidate.Evidence),
        Math.Log(1 + question.BestLexicalScore),
        question.BestDenseSimilarity,
        question.AsksForFact ? 1 : 0,
        question.AsksForFact && (ranked.Count == 0 || !ranked[0].Candidate.Evidence.StatesTime) ? 1 : 0,
        question.AsksForRole ? 1 : 0,
        question.Unseen,
        question.CouncilKnown ? 1 : 0,
        question.UncoveredLean,
        question.AdaptedUncoveredLean,
    ];
}

/// <summary>A candidate with the ranker's score and its share of the probability among the candidates.</summary>
public sealed record RankedCandidate(Candidate Candidate, double Score, double Probability);
