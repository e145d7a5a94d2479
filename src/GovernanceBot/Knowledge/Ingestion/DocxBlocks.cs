using System.Text;

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>Writes a .docx body in order: headings, numbered or bulleted list paragraphs, plain paragraphs, table rows.</summary>
sealed class DocxBlocks(BlockTextWriter writer, DocxStyles styles, DocxNumbering numbering)
{
    int? currentList;

    public void Write(OpenXmlElement container)
    {
        foreach (var element in container.ChildElements)
        {
            switch (element)
            {
                case Paragraph paragraph:
                    Write(paragraph);
                    break;
                case Table table:
                    Write(table);
                    break;
                case SdtBlock or CustomXmlBlock or SdtContentBlock:
                    Write(element);
                    break;
            }
        }
    }

    void Write(Paragraph paragraph)
    {
        var (list, label, text) = Labelled(paragraph);
        if (list != currentList)
        {
            writer.EndGroup();
            currentList = list;
        }

        var styleId = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        if (styles.IsHeading(styleId) || paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value is < 9)
        {
            writer.Heading(label is null or "-" ? text : $"{label} {text}");
        }
        else if (string.IsNullOrEmpty(label))
        {
            writer.Paragraph(text);
        }
        else
        {
            writer.ListItem(label, text);
        }
    }

    void Write(Table table)
    {
        foreach (var row in table.Descendants<TableRow>().Where(r => r.Ancestors<Table>().First() == table))
        {
            var cells = row.Descendants<TableCell>().Where(c => c.Ancestors<TableRow>().First() == row);
            writer.TableRow(cells.Select(cell => string.Join(' ', cell.Descendants<Paragraph>().Select(CellParagraph))));
        }

        writer.EndGroup();
        currentList = null;
    }

    string CellParagraph(Paragraph paragraph)
    {
        var (_, label, text) = Labelled(paragraph);
        return string.IsNullOrEmpty(label) ? text : $"{label} {text}";
    }

    /// <summary>Every numbered paragraph advances its list, even an empty one, exactly as Word counts them.</summary>
    (int? List, string? Label, string Text) Labelled(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties;
        var own = properties?.NumberingProperties;
        var inherited = styles.NumberingOf(properties?.ParagraphStyleId?.Val?.Value);
        var numId = own?.NumberingId?.Val?.Value ?? inherited?.NumberingId?.Val?.Value;
        var level = own?.NumberingLevelReference?.Val?.Value ?? inherited?.NumberingLevelReference?.Val?.Value ?? 0;
        var label = numId is > 0 ? numbering.Next(numId.Value, level) : null;
        return (label is null ? null : numId, label, TextOf(paragraph));
    }

    static string TextOf(Paragraph paragraph)
    {
        var text = new StringBuilder();
        Append(paragraph, text);
        return text.ToString();
    }

    // Text boxes are skipped: Word stores each twice (DrawingML and VML fallback), and they hold captions, not clauses.
    static void Append(OpenXmlElement element, StringBuilder text)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case Text t:
                    text.Append(t.Text);
                    break;
                case TabChar or PositionalTab or Break or CarriageReturn:
                    text.Append(' ');
                    break;
                case NoBreakHyphen:
                    text.Append('-');
                    break;
                case Paragraph or AlternateContent or Drawing or Picture or EmbeddedObject:
                    break;
                default:
                    Append(child, text);
                    break;
            }
        }
    }
}
