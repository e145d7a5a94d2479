using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Answers;

/// <summary>Picks the sentence(s) of a clause that answer the question, so the answer quotes, not pastes.</summary>
static partial class AnswerSentences
{
    const int MaxAnswerLength = 700;
    const int ShortSentenceWords = 8;

    /// <summary>
    /// The sentence carrying most of the question's weight (the shorter on a tie: its words are more of it),
    /// followed by the sentence that names whom to go to when the best one does not.
    /// </summary>
    public static string Select(string clauseText, Func<string, double> weightOf, Func<string, bool> directsToRole)
    {
        var sentences = Sentence().Split(clauseText).Where(s => s.Trim().Length > 0).ToList();
        if (sentences.Count <= 1)
        {
            return Trim(clauseText);
        }

        var best = 0;
        var bestWeight = double.MinValue;
        for (var i = 0; i < sentences.Count; i++)
        {
            var weight = weightOf(sentences[i]);
            if (weight > bestWeight + 1e-9 || (Math.Abs(weight - bestWeight) <= 1e-9 && sentences[i].Length < sentences[best].Length))
            {
                (best, bestWeight) = (i, weight);
            }
        }

        var answer = sentences[best];
        if (answer.Split(' ').Length < ShortSentenceWords && best + 1 < sentences.Count)
        {
            answer = $"{answer} {sentences[best + 1]}";
        }

        if (!directsToRole(answer) && sentences.FirstOrDefault(directsToRole) is { } routing && !answer.Contains(routing, StringComparison.Ordinal))
        {
            answer = sentences.IndexOf(routing) < best ? $"{routing} {answer}" : $"{answer} {routing}";
        }

        return Trim(answer);
    }

    static string Trim(string text) => text.Length <= MaxAnswerLength ? text.Trim() : text[..MaxAnswerLength].TrimEnd() + "…";

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(“""'])")]
    private static partial Regex Sentence();
}
