using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovernanceBot.Tests.Knowledge.Ingestion;

/// <summary>
/// A protocol extract written with OpenXml: a Heading 1, paragraphs numbered by a real numbering definition
/// (decimal from 27 with "(a)" sub-items), a bullet list, a table, and a "List Number" style numbered through its style.
/// </summary>
static class DocxFixture
{
    const int Clauses = 1;
    const int Bullets = 2;
    const int Restarted = 3;

    public static byte[] Protocol()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            main.Document = new Document(new Body(
                Styled("Heading1", "Officers and political groups"),
                Numbered(Clauses, 0, "Officers may be asked to brief political groups."),
                Numbered(Clauses, 0, "Requests for officers' attendance at political group meetings must be made to the Chief Executive."),
                Numbered(Clauses, 1, "the request names the group;"),
                Numbered(Clauses, 1, "the Chief Executive replies in writing."),
                Numbered(Clauses, 0, "In terms of political group meetings, officers will:"),
                Numbered(Bullets, 0, "not attend unless the Chief Executive has agreed"),
                Numbered(Bullets, 0, "respect the confidentiality of the discussion"),
                new Paragraph(new Run(new Text("Columns"), new TabChar(), new Text("in a paragraph stay one line."))),
                Table(["Conference", "Cabinet portfolio", "Officer(s)"], ["LGA Education Conference", "Children and Young People", "Director of Children's Services"]),
                Styled("ListNumber", "Numbered through its style."),
                Numbered(Restarted, 0, "A restarted list counts from one again."),
                new SectionProperties()));
        }

        return stream.ToArray();
    }

    static Styles Styles() => new(
        new Style(new StyleName { Val = "heading 1" }, new StyleParagraphProperties(new OutlineLevel { Val = 0 }))
        {
            Type = StyleValues.Paragraph,
            StyleId = "Heading1",
        },
        new Style(
            new StyleName { Val = "List Number" },
            new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = Clauses })))
        {
            Type = StyleValues.Paragraph,
            StyleId = "ListNumber",
        });

    static Numbering Numbering() => new(
        new AbstractNum(
            Level(0, NumberFormatValues.Decimal, "%1.", start: 27),
            Level(1, NumberFormatValues.LowerLetter, "(%2)", start: 1))
        { AbstractNumberId = 10 },
        new AbstractNum(Level(0, NumberFormatValues.Bullet, "\u2022", start: 1)) { AbstractNumberId = 20 },
        new NumberingInstance(new AbstractNumId { Val = 10 }) { NumberID = Clauses },
        new NumberingInstance(new AbstractNumId { Val = 20 }) { NumberID = Bullets },
        new NumberingInstance(
            new AbstractNumId { Val = 10 },
            new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 })
        { NumberID = Restarted });

    static Level Level(int index, NumberFormatValues format, string text, int start) =>
        new(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format }, new LevelText { Val = text })
        {
            LevelIndex = index,
        };

    static Paragraph Styled(string styleId, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = styleId }), new Run(new Text(text)));

    static Paragraph Numbered(int numId, int level, string text) =>
        new(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId })),
            new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    static Table Table(params string[][] rows) =>
        new(rows.Select(cells => new TableRow(cells.Select(cell => new TableCell(new Paragraph(new Run(new Text(cell))))))));
}
