using GovernanceBot.Knowledge.Clauses;

namespace GovernanceBot.Knowledge.Segmentation;

/// <summary>Turns classified blocks into clauses, keeping the heading path and the open paragraph or list.</summary>
sealed class ClauseBuilder(string scope, string documentId, string documentTitle)
{
    readonly List<ClauseDraft> drafts = [];
    readonly SectionPath path = new();
    OpenParagraph? paragraph;
    TableRows? table;
    bool lastWasHeading;

    public void Add(Block block, Block? next)
    {
        if (table is not null && !table.Accepts(block, next))
        {
            Emit(table.ToClauses());
            table = null;
        }

        switch (block.Kind)
        {
            case BlockKind.TableRow:
                CloseParagraph();
                table ??= new TableRows(path.ToString());
                table.Add(block);
                break;
            case BlockKind.Heading when table is not null:
                table.Add(block);
                break;
            case BlockKind.Heading when paragraph is { IsLeadInList: false } && next?.Kind == BlockKind.Lettered:
                paragraph.SubHeading = block.Text; // "reports", "officer attendance" inside para 13
                break;
            case BlockKind.Heading:
                CloseParagraph();
                path.Enter(block, lastWasHeading);
                break;
            case BlockKind.Numbered:
                CloseParagraph();
                paragraph = new OpenParagraph(block.Marker, path.ToString(), block);
                break;
            case BlockKind.Lettered or BlockKind.Bullet:
                // A bullet ending in a colon that carries on its list's lead-in ("In terms of casework, Councillors
                // will:" … "- ask for … information on a particular case … but:", lower case) introduces the bullets
                // under it, which keep both lead-ins; one with a subject of its own ("- Councillors must:") starts a new list.
                if (paragraph is null || (block.IsLeadIn && paragraph.IsLeadInList && paragraph.HasItems && !(paragraph.HasLeadIn && block.StartsLowercase)))
                {
                    CloseParagraph();
                    paragraph = OpenParagraph.List(path.ToString(), block);
                }
                else
                {
                    paragraph.AddItem(block);
                }

                break;
            default:
                AddParagraphBlock(block);
                break;
        }

        lastWasHeading = block.Kind == BlockKind.Heading;
        if (!lastWasHeading)
        {
            path.NoteContent();
        }
    }

    public IReadOnlyList<Clause> Finish()
    {
        CloseParagraph();
        if (table is not null)
        {
            Emit(table.ToClauses());
        }

        return DefinitionLists.Add(drafts)
            .Select(d => new Clause(scope, documentId, documentTitle, d.Section, d.Paragraph, d.Text.Trim(), d.Start, d.End))
            .ToList();
    }

    void AddParagraphBlock(Block block)
    {
        if (paragraph is not null && !(block.IsLeadIn && paragraph.IsLeadInList && paragraph.HasItems))
        {
            paragraph.AddText(block);
            return;
        }

        CloseParagraph();
        if (block.IsLeadIn)
        {
            paragraph = OpenParagraph.List(path.ToString(), block);
            return;
        }

        Emit([new ClauseDraft(path.ToString(), "", block.Text, block.Start, block.End)]);
    }

    void CloseParagraph()
    {
        if (paragraph is not null)
        {
            Emit(paragraph.ToClauses());
            paragraph = null;
        }
    }

    void Emit(IEnumerable<ClauseDraft> drafts)
    {
        this.drafts.AddRange(drafts.Where(d => ClauseContent.States(d.Text)));
    }
}

/// <summary>A clause before it knows its document.</summary>
sealed record ClauseDraft(string Section, string Paragraph, string Text, int Start, int End);
