namespace GovernanceBot.Knowledge.Answers;

/// <summary>Picks the sentence(s) of a clause that answer the question, so the answer quotes, not pastes.</summary>
public static class AnswerSentences
{
    public const int MaxAnswerLength = 700;
    const int ShortSentenceWords = 8;

    /// <summary>
    /// The sentence that scores best against the question, with the next one when it is too short to stand alone, and
    /// the sentence that names whom to go to when the best one does not.
    /// </summary>
    public static string Select(string clauseText, Func<IReadOnlyList<string>, double[]> score, Func<string, bool> directsToRole)
    {
        var sentences = Clauses.ClauseSentences.Split(clauseText);
        if (sentences.Count <= 1)
        {
            return Shorten(clauseText.Trim());
        }

        var scores = score(sentences);
        var best = 0;
        if (scores.All(s => s <= double.MinValue / 4))
        {
            scores = [.. scores.Select((_, i) => (double)-i)]; // every sentence is an exception the question does not name: the first
        }

        for (var i = 1; i < sentences.Count; i++)
        {
            if (scores[i] > scores[best] + 1e-9 || (Math.Abs(scores[i] - scores[best]) <= 1e-9 && sentences[i].Length < sentences[best].Length))
            {
                best = i;
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

        return Shorten(answer);
    }

    /// <summary>Text cut to the answer length at the end of a sentence, else of a word, never inside one.</summary>
    public static string Shorten(string text)
    {
        if (text.Length <= MaxAnswerLength)
        {
            return text;
        }

        var cut = text[..MaxAnswerLength];
        var sentenceEnd = cut.LastIndexOfAny(['.', ';', '!', '?']);
        if (sentenceEnd > MaxAnswerLength / 2)
        {
            return cut[..(sentenceEnd + 1)];
        }

        var space = cut.LastIndexOf(' ');
        return (space > 0 ? cut[..space] : cut).TrimEnd(',', ';', ':') + "…";
    }
}
