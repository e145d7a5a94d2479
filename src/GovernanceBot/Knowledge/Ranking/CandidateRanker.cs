using GovernanceBot.Knowledge.Retrieval;

namespace GovernanceBot.Knowledge.Ranking;

/// <summary>
/// Re-ranks a question's candidates on all their evidence with the fitted linear model, and turns the scores into each
/// candidate's share of the probability (a softmax over the candidates), which the gate reads.
/// </summary>
public sealed class CandidateRanker(AnswerModel model)
{
    public IReadOnlyList<RankedCandidate> Rank(IReadOnlyList<Candidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var scores = candidates.Select(c => model.Ranker.Score(CandidateFeatures.Of(c.Evidence))).ToArray();
        var probabilities = Softmax(scores);
        return candidates.Select((c, i) => new RankedCandidate(c, scores[i], probabilities[i]))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Candidate.Clause.Start)
            .ToList();
    }

    public static double[] Softmax(IReadOnlyList<double> scores)
    {
        var max = scores.Max();
        var exp = scores.Select(s => Math.Exp(s - max)).ToArray();
        var sum = exp.Sum();
        return exp.Select(e => e / sum).ToArray();
    }
}
