using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Retrieval;

/// <summary>
/// What kind of answer a question wants. A protocol sets out who does what and how people behave; it rarely holds a
/// date, an amount, a count or a contact detail. A question after one of those is likely outside it, and the gate weighs
/// that — it is the classic answer-type check of question answering, not a list of questions.
/// </summary>
public static partial class QuestionKind
{
    /// <summary>"Who do I ask…", "to whom…", "where do I report…": the user wants a role to go to.</summary>
    public static bool AsksForRole(string question) => Role().IsMatch(question);

    /// <summary>"How much…", "how long…", "how often…", "by when…", "what's the rate…", "the maximum…", "what's the number for…": the user wants a fact (an amount, a period, a date, a limit), not a rule.</summary>
    public static bool AsksForFact(string question) => Fact().IsMatch(question);

    /// <summary>"How often…", "how quickly…", "within how many days…": the user wants a time, a period or a number.</summary>
    public static bool AsksForTime(string question) => Time().IsMatch(question);

    /// <summary>Whether a text states a time, a period or a number ("within five working days", "every four years", "regularly", "promptly").</summary>
    public static bool StatesTime(string text) => Stated().IsMatch(text);

    [GeneratedRegex(@"\b(how (often|quickly|soon|long|fast|many|much)|when|deadline|timescale|frequency|within how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Time();

    [GeneratedRegex(@"\d|\b(one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|annual(ly)?|yearly|monthly|weekly|daily|days?|weeks?|months?|years?|hours?|regular(ly)?|prompt(ly)?|immediately|as soon as|periodic(ally)?|without delay|timely)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stated();

    [GeneratedRegex(@"\b(who|whom|whose)\b|\bwhich (officer|person|director|manager|role)\b|\bwhere (do|should|can|must|would) (i|we|you|they|a|an|the|officers?|councillors?|members?)\b|\b(go|turn|speak|talk) to\b", RegexOptions.IgnoreCase)]
    private static partial Regex Role();

    [GeneratedRegex(@"\b(how (much|many|long|often|soon|frequently)|by when (do|does|is|are|must|should|will|has|have)|when (is|are|was|were|does|do|will)|when's|what('s| is| are)? (the )?(time|date|day|year|month|rate|amount|sum|percentage|deadline|timescale|time limit|cap|limit)s?\b|which (day|date|year|month)|(phone|telephone|contact) number|number for|password|address of|maximum|minimum|deadline|timescale|time limit|within how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Fact();
}
