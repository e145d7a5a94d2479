using System.Text;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>
/// Writes the text shape every reader produces (see <see cref="IDocumentReader"/>): each block on one line with
/// its whitespace collapsed, a blank line between blocks, list items and table rows stacked on consecutive lines
/// (as the shipped protocols stack "1." "2." "3."), and a line holding only a form feed between pages.
/// </summary>
sealed class BlockTextWriter
{
    enum Kind { None, Block, ListItem, TableRow, PageBreak }

    readonly StringBuilder text = new();
    Kind last = Kind.None;

    public void Heading(string heading) => Append(Collapse(heading), Kind.Block);

    public void Paragraph(string paragraph) => Append(Collapse(paragraph), Kind.Block);

    /// <summary>A list item whose label ("28.", "(a)", "-") is already known; it is dropped when the item has no text.</summary>
    public void ListItem(string label, string item)
    {
        var body = Collapse(item);
        if (body.Length > 0)
        {
            Append(label.Length == 0 ? body : $"{label} {body}", Kind.ListItem);
        }
    }

    public void TableRow(IEnumerable<string> cells)
    {
        var values = cells.Select(Collapse).ToList();
        if (values.Any(v => v.Length > 0))
        {
            Append(string.Join('\t', values), Kind.TableRow);
        }
    }

    /// <summary>Ends the current list or table, so a list or table that follows is set apart by a blank line.</summary>
    public void EndGroup()
    {
        if (last is Kind.ListItem or Kind.TableRow)
        {
            last = Kind.Block;
        }
    }

    public void PageBreak()
    {
        text.Append(last == Kind.None ? "\f" : "\n\f");
        last = Kind.PageBreak;
    }

    public override string ToString() => text.Length == 0 ? string.Empty : text.ToString() + "\n";

    /// <summary>Runs of white space (tabs, non-breaking spaces and line breaks included) become one space.</summary>
    public static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    void Append(string line, Kind kind)
    {
        if (line.Length == 0)
        {
            return;
        }

        var stacks = kind == last && kind is Kind.ListItem or Kind.TableRow;
        text.Append(last switch
        {
            Kind.None => "",
            Kind.PageBreak => "\n",
            _ when stacks => "\n",
            _ => "\n\n",
        });
        text.Append(line);
        last = kind;
    }
}
