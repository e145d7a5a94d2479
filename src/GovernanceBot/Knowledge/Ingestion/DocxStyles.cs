using DocumentFormat.OpenXml.Wordprocessing;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>The paragraph styles of a .docx: which are headings, and which carry list numbering (e.g. "List Number").</summary>
sealed class DocxStyles
{
    // basedOn chains are short in practice; the cap only guards against a corrupt, cyclic styles part.
    const int MaxChain = 10;

    readonly Dictionary<string, Style> byId;

    public DocxStyles(Styles? styles)
    {
        byId = new Dictionary<string, Style>(StringComparer.OrdinalIgnoreCase);
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                byId.TryAdd(id, style);
            }
        }
    }

    public bool IsHeading(string? styleId) => Chain(styleId).Any(style =>
        IsHeadingName(style.StyleId?.Value) || IsHeadingName(style.StyleName?.Val?.Value)
        || style.StyleParagraphProperties?.OutlineLevel?.Val?.Value is < 9);

    /// <summary>The numbering a style applies to its paragraphs, nearest style first; null when none does.</summary>
    public NumberingProperties? NumberingOf(string? styleId) =>
        Chain(styleId).Select(style => style.StyleParagraphProperties?.NumberingProperties).FirstOrDefault(n => n is not null);

    IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxChain && byId.TryGetValue(styleId, out var style); depth++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    static bool IsHeadingName(string? name) =>
        name is not null
        && (name.Equals("Title", StringComparison.OrdinalIgnoreCase)
            || name.Replace(" ", "", StringComparison.Ordinal).StartsWith("heading", StringComparison.OrdinalIgnoreCase));
}
