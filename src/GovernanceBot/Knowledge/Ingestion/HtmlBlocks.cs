using System.Text;

using AngleSharp.Dom;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>Walks an HTML tree, gathering inline text until a block boundary writes it out as one line.</summary>
sealed class HtmlBlocks(BlockTextWriter writer)
{
    static readonly HashSet<string> Dropped =
        ["script", "style", "nav", "noscript", "template", "head", "iframe", "svg", "button", "select", "object"];

    static readonly HashSet<string> Blocks =
        ["p", "div", "section", "article", "main", "aside", "blockquote", "address", "figure", "figcaption", "dl", "dt", "dd",
         "pre", "center", "fieldset", "form", "hr", "details", "summary", "li", "header", "footer", "caption", "body", "html"];

    static readonly HashSet<string> Headings = ["h1", "h2", "h3", "h4", "h5", "h6"];

    readonly StringBuilder inline = new();
    string? listLabel;

    public void Walk(INode node)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText text)
            {
                inline.Append(text.Data);
            }
            else if (child is IElement element && !IsChrome(element))
            {
                Element(element);
            }
        }
    }

    void Element(IElement element)
    {
        var name = element.LocalName;
        if (Headings.Contains(name))
        {
            Flush();
            writer.Heading(InlineText(element));
        }
        else if (name is "ul" or "ol")
        {
            Flush();
            List(element);
        }
        else if (name == "table")
        {
            Flush();
            Table(element);
        }
        else if (name == "br")
        {
            inline.Append(' ');
        }
        else if (Blocks.Contains(name))
        {
            Flush();
            Walk(element);
            Flush();
        }
        else
        {
            Walk(element);
        }
    }

    void List(IElement list)
    {
        var ordered = list.LocalName == "ol";
        var type = list.GetAttribute("type") ?? "1";
        var counter = int.TryParse(list.GetAttribute("start"), out var start) ? start : 1;
        foreach (var item in list.Children.Where(c => c.LocalName == "li" && !IsChrome(c)))
        {
            if (int.TryParse(item.GetAttribute("value"), out var value))
            {
                counter = value;
            }

            // The label waits for the item's first text; a nested list flushes it before its own items.
            listLabel = ordered ? Label(type, counter++) : "-";
            Walk(item);
            Flush();
            listLabel = null;
        }

        writer.EndGroup();
    }

    static string Label(string type, int n) => type switch
    {
        "a" => $"({ListLabels.Letter(n)})",
        "A" => $"({ListLabels.Letter(n, upper: true)})",
        "i" => $"({ListLabels.Roman(n)})",
        "I" => $"({ListLabels.Roman(n, upper: true)})",
        _ => $"{ListLabels.Decimal(n)}.",
    };

    void Table(IElement table)
    {
        foreach (var caption in table.Children.Where(c => c.LocalName == "caption"))
        {
            writer.Paragraph(InlineText(caption));
        }

        foreach (var row in table.QuerySelectorAll("tr").Where(r => r.Closest("table") == table))
        {
            writer.TableRow(row.Children.Where(c => c.LocalName is "td" or "th").Select(InlineText));
        }

        writer.EndGroup();
    }

    void Flush()
    {
        var text = inline.ToString();
        inline.Clear();
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        if (listLabel is null)
        {
            writer.Paragraph(text);
        }
        else
        {
            writer.ListItem(listLabel, text);
            listLabel = null;
        }
    }

    /// <summary>The words of an element, with a space wherever a block or line break separates them.</summary>
    static string InlineText(IElement element)
    {
        var text = new StringBuilder();
        foreach (var node in element.ChildNodes)
        {
            if (node is IText t)
            {
                text.Append(t.Data);
            }
            else if (node is IElement child && !IsChrome(child))
            {
                var separate = child.LocalName == "br" || Blocks.Contains(child.LocalName) || child.LocalName is "td" or "th" or "tr";
                text.Append(separate ? " " : "").Append(InlineText(child)).Append(separate ? " " : "");
            }
        }

        return text.ToString();
    }

    /// <summary>Page chrome the protocol text never lives in; a header or footer inside an article is its own and stays.</summary>
    static bool IsChrome(IElement element) =>
        Dropped.Contains(element.LocalName)
        || element.HasAttribute("hidden")
        || element.GetAttribute("aria-hidden") == "true"
        || element.GetAttribute("role") is "navigation" or "banner" or "contentinfo"
        || (element.LocalName is "header" or "footer" && element.ParentElement?.Closest("article, main, section") is null);
}
