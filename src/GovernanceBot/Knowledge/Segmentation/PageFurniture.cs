using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Segmentation;

/// <summary>
/// Recognises lines that are page furniture rather than content: blank-page notices, page markers,
/// running headers repeated on every page, and letterhead contact details (addresses, phones, emails).
/// </summary>
static partial class PageFurniture
{
    const int RepeatedHeaderMinCount = 3;
    const int RepeatedHeaderMaxLength = 60;

    static readonly HashSet<string> LetterheadLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "email", "email:", "e-mail", "telephone", "telephone:", "tel:", "fax", "fax:", "direct dial",
        "postal address", "opening hours", "opening hours:", "yours sincerely", "dear councillor",
    };

    /// <summary>The trimmed lines that repeat often enough to be running headers or footers.</summary>
    public static HashSet<string> RepeatedLines(IEnumerable<string> lines) =>
        lines.Where(l => !l.Contains('\t'))
            .Select(l => l.Trim())
            .Where(l => l.Length is > 0 and <= RepeatedHeaderMaxLength && !IsStructural(l))
            .GroupBy(l => l, StringComparer.Ordinal)
            .Where(g => g.Count() >= RepeatedHeaderMinCount)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);

    public static bool IsFurniture(string line, HashSet<string> repeated)
    {
        var trimmed = line.Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        return (repeated.Contains(trimmed) && !line.Contains('\t'))
            || LetterheadLabels.Contains(trimmed)
            || BlankPageNotice().IsMatch(trimmed)
            || PageMarker().IsMatch(trimmed)
            || ContactDetail().IsMatch(trimmed)
            || ContentsEntry().IsMatch(trimmed)
            || Postcode().IsMatch(trimmed) && trimmed.Split(' ').Length <= 14;
    }

    // Short lines that look repeated but carry structure (a bullet such as "- a working partnership" can recur).
    static bool IsStructural(string line) => line.StartsWith('-') || line.StartsWith('(') || char.IsDigit(line[0]);

    [GeneratedRegex(@"^this page is intentionally (left )?blank\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BlankPageNotice();

    [GeneratedRegex(@"^(page\s*\d*(\s*of\s*\d+)?|page s|\d{1,3}|ref [\d.]+ page \d+|agenda item \d+|continued overleaf\.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PageMarker();

    [GeneratedRegex(@"(\b[\w.+-]+ ?@[\w-]+(\.[\w-]+)+\b|\b0\d{3,4}[ ]?\d{3}[ ]?\d{4}\b|^(https?://|www\.)\S+$)", RegexOptions.IgnoreCase)]
    private static partial Regex ContactDetail();

    // A table-of-contents or agenda entry: "5. Review of the Protocol (Pages 13 52)", "Introduction ........ 4".
    [GeneratedRegex(@"(\(pages? \d+(\s*[-–]?\s*\d+)?\)|\.{4,}\s*\d+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ContentsEntry();

    [GeneratedRegex(@"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b")]
    private static partial Regex Postcode();
}
