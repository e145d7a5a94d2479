namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>The Markdown block being gathered: a paragraph or list item spans several source lines until it ends.</summary>
sealed class MarkdownBlock(BlockTextWriter writer)
{
    readonly List<string> lines = [];
    string? listLabel;

    public bool HasParagraph => lines.Count > 0 && listLabel is null;

    public bool InTable { get; private set; }

    public void AddParagraphLine(string line)
    {
        InTable = false;
        lines.Add(line);
    }

    public void StartListItem(string label, string text)
    {
        Flush();
        listLabel = label;
        lines.Add(text);
    }

    public void AddTableRow(string line, bool isSeparator)
    {
        if (!InTable)
        {
            Flush();
            InTable = true;
        }

        if (!isSeparator)
        {
            var cells = line.Trim().Trim('|').Split('|');
            writer.TableRow(cells.Select(MarkdownInline.Strip));
        }
    }

    public void FlushAsHeading()
    {
        writer.Heading(Text());
        lines.Clear();
    }

    public void Flush()
    {
        InTable = false;
        if (lines.Count == 0)
        {
            return;
        }

        if (listLabel is null)
        {
            writer.Paragraph(Text());
        }
        else
        {
            writer.ListItem(listLabel, Text());
        }

        lines.Clear();
        listLabel = null;
    }

    string Text() => MarkdownInline.Strip(string.Join(' ', lines));
}
