using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Segmentation;

/// <summary>
/// Whether a piece of text states anything a question could be answered with. A workbook's prompts ("How would you
/// tackle this?", "Where?"), a scanned table's noise ("VI: ۱۸/; ?: _;") and a copyright line state nothing, and
/// cited as an answer they would only mislead.
/// </summary>
static partial class ClauseContent
{
    const int MinWords = 2;

    public static bool States(string text) =>
        Words().Count(text) >= MinWords && !AsksOnly(text) && !Copyright().IsMatch(text);

    // Every sentence is a question: the document asks, it does not say.
    static bool AsksOnly(string text) =>
        SentenceEnd().Split(text.Trim()).Where(s => s.Length > 0).All(s => s.TrimEnd().EndsWith('?'));

    [GeneratedRegex(@"\b[A-Za-z]{3,}\b")]
    private static partial Regex Words();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^\s*(©|\(c\)\s|copyright\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();
}
