using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Segmentation;

/// <summary>What a block of text is, judged by its shape: how clauses are written in constitution documents.</summary>
enum BlockKind
{
    Paragraph,
    Heading,
    Numbered,
    Lettered,
    Bullet,
    TableRow,
}

/// <summary>A block: consecutive non-blank lines, classified, with the marker (number, letter) split off.</summary>
sealed record Block(BlockKind Kind, string Marker, string Text, int Start, int End, int HeadingLevel = 0)
{
    public bool IsLeadIn => Text.EndsWith(':');

    public bool EndsSentence => BlockShape.EndsSentence(Text);

    public bool StartsLowercase => BlockShape.StartsLowercase(Text);
}

static partial class BlockShape
{
    const int MaxHeadingWords = 10;

    public static Block Classify(string text, int start, int end)
    {
        var flat = Flatten(text);
        if (text.Contains('\t'))
        {
            return new Block(BlockKind.TableRow, "", text.Trim('\n'), start, end);
        }

        var markdown = MarkdownHeading().Match(flat);
        if (markdown.Success)
        {
            return new Block(BlockKind.Heading, "", markdown.Groups[2].Value.Trim(), start, end, markdown.Groups[1].Length);
        }

        var numbered = Numbered().Match(flat);
        if (numbered.Success)
        {
            return new Block(BlockKind.Numbered, numbered.Groups[1].Value, numbered.Groups[2].Value.Trim(), start, end);
        }

        var lettered = Lettered().Match(flat);
        if (lettered.Success)
        {
            return new Block(BlockKind.Lettered, lettered.Groups[1].Value, lettered.Groups[2].Value.Trim(), start, end);
        }

        var bullet = Bullet().Match(flat);
        if (bullet.Success)
        {
            return new Block(BlockKind.Bullet, "", bullet.Groups["text"].Value.Trim(), start, end);
        }

        return new Block(IsHeading(flat) ? BlockKind.Heading : BlockKind.Paragraph, "", flat, start, end);
    }

    public static bool StartsLowercase(string line) => line.TrimStart().Length > 0 && char.IsLower(line.TrimStart()[0]);

    public static bool EndsSentence(string line) => line.TrimEnd().Length > 0 && ".;:!?".Contains(line.TrimEnd()[^1]);

    /// <summary>Joins a block's lines with single spaces, as a reader would.</summary>
    public static string Flatten(string text) => Spaces().Replace(text.Replace('\n', ' '), " ").Trim();

    static bool IsHeading(string line)
    {
        if (line.Length == 0 || ".;:,!?".Contains(line[^1]) || !char.IsLetter(line[0]))
        {
            return false;
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxHeadingWords && !EndsWithJoiningWord(words[^1]);
    }

    static bool EndsWithJoiningWord(string word) =>
        word is "and" or "or" or "the" or "a" or "of" or "to" or "in" or "with" or "for" or "by" or "which" or "that";

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex MarkdownHeading();

    // "28. text", "- 21. text", "16." alone, "4.1. text"; not years or amounts.
    [GeneratedRegex(@"^(?:[-•·]\s*)?(\d{1,3}(?:\.\d{1,2})?)\.(?:\s+(.*)|$)")]
    private static partial Regex Numbered();

    // "(a) text", "- (b) text", "a) text", "(iv) text"
    [GeneratedRegex(@"^(?:[-•·]\s*)?\(?([a-z]|[ivx]{1,4})\)\s*(.*)$")]
    private static partial Regex Lettered();

    // "- text", "• text", "· text", "o text" (a nested bullet), "- · text"
    [GeneratedRegex(@"^(?:(?:[-•·▪◦]\s*)+|o\s+(?=[a-z]))(?:o\s+(?=[a-z]))?(?<text>.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
