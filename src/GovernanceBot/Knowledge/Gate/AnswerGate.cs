using GovernanceBot.Knowledge.Ranking;
using GovernanceBot.Knowledge.Retrieval;

namespace GovernanceBot.Knowledge.Gate;

/// <summary>
/// Answer, answer with a caution, or hand off. Two logistic models fitted on the tuning sets read the evidence for the
/// first-ranked clause: the coverage gate estimates whether the council's documents answer the question at all (below
/// its threshold the bot says it can't find it and hands off to Democratic Services — it never guesses at a question the
/// protocol does not cover); the confidence gate estimates whether the first clause is the right one (below its threshold
/// the answer says it may not be, and shows the other clauses that might be). A confident citation is only ever one the
/// model expects to be right nine times in ten.
/// </summary>
public sealed class AnswerGate(AnswerModel model, double? coverageThreshold = null, double? confidenceThreshold = null)
{
    public double CoverageThreshold { get; } = coverageThreshold ?? model.CoverageThreshold;

    /// <summary>The coverage threshold for a council with no questions asked before; the configured one overrides both.</summary>
    public double NewCouncilCoverageThreshold { get; } = coverageThreshold ?? model.NewCouncilCoverageThreshold;

    public double ConfidenceThreshold { get; } = confidenceThreshold ?? model.ConfidenceThreshold;

    public GateDecision Decide(IReadOnlyList<RankedCandidate> ranked, QuestionEvidence question)
    {
        var threshold = question.CouncilKnown ? CoverageThreshold : NewCouncilCoverageThreshold;
        if (ranked.Count == 0)
        {
            return new GateDecision(false, false, 0, 0, threshold, ConfidenceThreshold);
        }

        var features = GateFeatures.Of(ranked, question);
        var covered = Probability(model.Coverage, features);
        var confidence = Probability(model.Confidence, features);
        var answer = covered >= threshold;
        return new GateDecision(answer, answer && confidence >= ConfidenceThreshold, covered, confidence, threshold, ConfidenceThreshold);
    }

    static double Probability(LinearModel model, double[] features) => 1 / (1 + Math.Exp(-model.Score(features)));
}

/// <summary>Whether to answer and whether confidently, with both probabilities and the thresholds they were held to.</summary>
public sealed record GateDecision(bool Answer, bool Confident, double Covered, double Confidence, double CoverageThreshold, double ConfidenceThreshold);
