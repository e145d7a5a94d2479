using System.Text;
using GovernanceBot.Knowledge.Answers;

namespace GovernanceBot.Cli;

/// <summary>What <c>ask --explain</c> prints: each candidate's evidence and rank, and the gate's decision.</summary>
static class ExplanationText
{
    const int Shown = 10;

    public static string Of(Explanation explanation)
    {
        var text = new StringBuilder();
        if (explanation.Decision is not { } decision)
        {
            return "small talk: answered without a search";
        }

        text.AppendLine($"gate: covered {decision.Covered:F3} (threshold {decision.CoverageThreshold:F2}), confidence {decision.Confidence:F3} (threshold {decision.ConfidenceThreshold:F2}) -> {(!decision.Answer ? "hand off" : decision.Confident ? "answer" : "answer, not sure")}");
        if (explanation.Candidates.Count > 0)
        {
            text.AppendLine(explanation.Question is { CouncilKnown: true } question
                ? $"questions asked before at this council: nearer one not covered than one answered by {question.UncoveredLean:F3}; nearest:"
                : "questions asked before at this council: none");
            foreach (var (similarity, answered, asked) in explanation.Question?.NearestAsked ?? [])
            {
                text.AppendLine($"  {similarity:F3} {(answered ? "answered" : "not covered")}: {asked}");
            }

            if (explanation.Question is { } evidence)
            {
                text.AppendLine($"question adapter: points to \"no clause\" more than to its best clause by {evidence.AdaptedUncoveredLean:F3}");
            }
        }

        text.AppendLine($"candidates ({explanation.Candidates.Count}, best {Math.Min(Shown, explanation.Candidates.Count)} shown):");
        text.AppendLine("   p      score  lexical(rank score share) coverage dense(rank sim gap) adapted(rank sim gap) actor role  clause");
        foreach (var ranked in explanation.Candidates.Take(Shown))
        {
            var e = ranked.Candidate.Evidence;
            var clause = ranked.Candidate.Clause;
            var label = $"{clause.DocumentId} [{clause.Paragraph}]";
            text.AppendLine(
                $"  {ranked.Probability,5:F3} {ranked.Score,7:F2}  {(e.LexicalRank is { } r ? (r + 1).ToString() : "-"),4} {e.LexicalScore,6:F2} {e.LexicalShare,5:F2}     {e.Coverage,5:F2}   {e.DenseRank + 1,4} {e.DenseSimilarity,5:F3} {e.DenseGap,6:F3}   {e.AdaptedRank + 1,4} {e.AdaptedSimilarity,5:F3} {e.AdaptedGap,6:F3}  {e.ActorAgreement,3} {(e.DirectsToAskedRole ? "yes" : "no "),4}  {label} {clause.Text[..Math.Min(80, clause.Text.Length)]}");
        }

        return text.ToString().TrimEnd();
    }
}
