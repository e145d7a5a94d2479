using System.Text;
using GovernanceBot.Knowledge.Answers;

namespace GovernanceBot.Cards;

/// <summary>Text as cards show it: clipped to a budget and free of control characters.</summary>
public static class CardText
{
    const char Ellipsis = '…';

    /// <summary>
    /// Trims <paramref name="text"/> to at most <paramref name="max"/> characters, ending on a word where one is
    /// near, with an ellipsis; never splits a surrogate pair. Control characters other than line breaks become spaces.
    /// </summary>
    public static string Clip(string text, int max)
    {
        var clean = Clean(text);
        if (clean.Length <= max)
        {
            return clean;
        }

        var cut = max - 1;
        if (char.IsHighSurrogate(clean[cut - 1]))
        {
            cut--;
        }

        var space = clean.LastIndexOf(' ', cut - 1);
        if (space > cut * 4 / 5)
        {
            cut = space;
        }

        return clean[..cut].TrimEnd() + Ellipsis;
    }

    /// <summary>"Document title · section · para N", leaving out the parts a clause does not have.</summary>
    public static string CitationLine(Citation citation, int max)
    {
        var paragraph = citation.Paragraph.Trim();
        if (paragraph.Length > 0 && char.IsAsciiDigit(paragraph[0]))
        {
            paragraph = $"para {paragraph}";
        }

        var parts = new[] { citation.Title, citation.Section, paragraph }.Where(part => !string.IsNullOrWhiteSpace(part));
        return Clip(string.Join(" · ", parts), max);
    }

    static string Clean(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            builder.Append(char.IsControl(c) && c != '\n' ? ' ' : c);
        }

        return builder.ToString().Trim();
    }
}
