namespace GovernanceBot.Knowledge.Segmentation;

/// <summary>
/// The headings above the current text. Plain-text documents do not mark heading levels, so levels are
/// inferred: a heading straight after another is its child; a lower-case heading ("reports", "officer
/// attendance") is a sub-heading of the capitalised one above it; a heading after a short run of text under a
/// child heading is that child's sibling ("Selflessness", "Integrity" under the Nolan principles); any other
/// heading starts a new section. Markdown headings carry their level.
/// </summary>
sealed class SectionPath
{
    const int MaxDepth = 3;
    const int MaxBlocksUnderSibling = 2;
    /// <summary>Between the headings of a path: "Political groups › officer attendance".</summary>
    public const string Separator = " › ";

    readonly List<(string Text, int Level)> headings = [];
    int blocksSinceHeading;
    bool lastIsChild;

    public void NoteContent() => blocksSinceHeading++;

    public void Enter(Block heading, bool followsHeading)
    {
        var wasChild = lastIsChild;
        lastIsChild = false;
        if (heading.HeadingLevel > 0)
        {
            headings.RemoveAll(h => h.Level >= heading.HeadingLevel);
        }
        else if (followsHeading && headings.Count > 0)
        {
            lastIsChild = true;
            if (headings.Count >= MaxDepth)
            {
                headings.RemoveAt(headings.Count - 1);
            }
        }
        else if (heading.StartsLowercase && headings.Count > 0)
        {
            if (IsSubHeading(headings[^1].Text))
            {
                headings.RemoveAt(headings.Count - 1);
            }
        }
        else if (wasChild && headings.Count >= 2 && blocksSinceHeading <= MaxBlocksUnderSibling)
        {
            headings.RemoveAt(headings.Count - 1);
            lastIsChild = true;
        }
        else
        {
            headings.RemoveAll(h => h.Level == 0);
        }

        headings.Add((heading.Text, heading.HeadingLevel));
        blocksSinceHeading = 0;
    }

    public override string ToString() => string.Join(Separator, headings.Select(h => h.Text));

    public static string Join(string path, string heading) => $"{path}{Separator}{heading}";

    /// <summary>The path without its last heading, or null for a path of one heading.</summary>
    public static string? ParentOf(string path)
    {
        var cut = path.LastIndexOf(Separator, StringComparison.Ordinal);
        return cut < 0 ? null : path[..cut];
    }

    /// <summary>The last heading of a path.</summary>
    public static string LastOf(string path)
    {
        var cut = path.LastIndexOf(Separator, StringComparison.Ordinal);
        return cut < 0 ? path : path[(cut + Separator.Length)..];
    }

    static bool IsSubHeading(string text) => text.Length > 0 && char.IsLower(text[0]);
}
