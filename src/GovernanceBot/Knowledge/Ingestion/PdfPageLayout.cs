using System.Text;
using System.Text.RegularExpressions;

using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>
/// Lays out one PDF page as text: Docstrum finds the blocks (paragraphs, headings, headers and footers), the
/// reading-order detector sorts them, and each block's wrapped lines are joined back into one line, except
/// that a line opening with a list marker ("28.", "(a)", "•") starts an item of its own.
/// </summary>
static partial class PdfPageLayout
{
    public static void Write(Page page, BlockTextWriter writer)
    {
        var words = page.GetWords(NearestNeighbourWordExtractor.Instance).Where(w => !string.IsNullOrWhiteSpace(w.Text)).ToList();
        if (words.Count == 0)
        {
            return;
        }

        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(DocstrumBoundingBoxes.Instance.GetBlocks(words));
        foreach (var block in blocks.OrderBy(b => b.ReadingOrder))
        {
            WriteBlock(block.TextLines.Select(l => l.Text), writer);
        }
    }

    static void WriteBlock(IEnumerable<string> lines, BlockTextWriter writer)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            if (text.Length > 0 && Marker().IsMatch(line))
            {
                Emit(text.ToString(), writer);
                text.Clear();
            }

            // A word hyphenated across a line break is joined back ("Chief Exec-" + "utive").
            if (text.Length > 0 && text[^1] == '-' && line.Length > 0 && char.IsLower(line[0]))
            {
                text.Length--;
            }
            else if (text.Length > 0)
            {
                text.Append(' ');
            }

            text.Append(line.Trim());
        }

        Emit(text.ToString(), writer);
    }

    static void Emit(string text, BlockTextWriter writer)
    {
        if (Bullet().Match(text) is { Success: true } bullet)
        {
            writer.ListItem("-", bullet.Groups[1].Value);
        }
        else if (Marker().IsMatch(text))
        {
            writer.ListItem("", text);
        }
        else
        {
            writer.Paragraph(text);
        }
    }

    // Dashes are not split on: a wrapped line may open with one ("– are here for Derby"); a block may still start with one.
    [GeneratedRegex(@"^\s*(?:\d{1,3}(?:\.\d{1,3})*[.)](?:\s|$)|\((?:[a-z]{1,2}|[ivx]{1,5})\)(?:\s|$)|[a-z]\)\s|[•·▪●○◦■□➢►])")]
    private static partial Regex Marker();

    [GeneratedRegex(@"^\s*(?:[•·▪●○◦■□➢►]\s*|[–-]\s+)(.*)$")]
    private static partial Regex Bullet();
}
