using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>Strips inline Markdown (links, emphasis, code spans, inline HTML) down to the words a reader sees.</summary>
static partial class MarkdownInline
{
    // Escaped punctuation is parked in the private-use area so "\*" never reads as emphasis nor "\|" as a cell edge.
    const char Parked = '\uE000';

    public static string Protect(string line) => Escape().Replace(line, m => ((char)(Parked + m.Groups[1].Value[0])).ToString());

    public static string Strip(string text)
    {
        text = Image().Replace(text, "$1");
        text = Link().Replace(text, "$1");
        text = Autolink().Replace(text, "$1");
        text = Html().Replace(text, " ");
        text = Code().Replace(text, "$2");
        text = Strong().Replace(text, "$2");
        text = StarEmphasis().Replace(text, "$1");
        text = UnderscoreEmphasis().Replace(text, "$1");
        text = Strikethrough().Replace(text, "$1");
        return Restore(text);
    }

    static string Restore(string text) =>
        string.Create(text.Length, text, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c >= Parked && c < Parked + 128 ? (char)(c - Parked) : c;
            }
        });

    [GeneratedRegex(@"\\([!-/:-@\[-`{-~])")]
    private static partial Regex Escape();

    [GeneratedRegex(@"!\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Image();

    [GeneratedRegex(@"\[([^\]]+)\](?:\([^)]*\)|\[[^\]]*\])")]
    private static partial Regex Link();

    [GeneratedRegex(@"<((?:https?|mailto):[^>\s]+)>")]
    private static partial Regex Autolink();

    [GeneratedRegex(@"</?[A-Za-z][^>]*>")]
    private static partial Regex Html();

    [GeneratedRegex(@"(`+)(.+?)\1")]
    private static partial Regex Code();

    [GeneratedRegex(@"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\*)")]
    private static partial Regex StarEmphasis();

    [GeneratedRegex(@"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")]
    private static partial Regex UnderscoreEmphasis();

    [GeneratedRegex(@"~~(.+?)~~")]
    private static partial Regex Strikethrough();
}
