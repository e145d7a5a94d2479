namespace GovernanceBot.Knowledge.Segmentation;

/// <summary>
/// A table, read row by row. Rows are either one line with tab-separated cells, or (as word processors
/// export them) a group of lines with one cell each. Each row becomes a clause labelled with the header.
/// </summary>
sealed class TableRows(string section)
{
    const int MaxContinuationWords = 6;

    readonly List<(List<string> Cells, int Start, int End)> rows = [];

    /// <summary>Whether the block still belongs to the table: a row, or a short cell fragment wrapped onto its own line.</summary>
    public bool Accepts(Block block, Block? next) =>
        block.Kind == BlockKind.TableRow
        || (block.Kind is BlockKind.Heading or BlockKind.Paragraph
            && block.Text.Split(' ').Length <= MaxContinuationWords
            && next?.Kind == BlockKind.TableRow);

    public void Add(Block block)
    {
        if (block.Kind != BlockKind.TableRow)
        {
            if (rows.Count > 0)
            {
                var last = rows[^1];
                last.Cells[0] = $"{last.Cells[0]} {block.Text}".Trim();
            }

            return;
        }

        var lines = block.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Any(l => l.Contains('\t')))
        {
            foreach (var line in lines)
            {
                rows.Add((line.Split('\t').Select(c => c.Trim()).ToList(), block.Start, block.End));
            }
        }
        else
        {
            rows.Add((lines, block.Start, block.End));
        }
    }

    // A first cell that wrapped onto lines of its own leaves a one-cell row before a row one cell short.
    void MergeWrappedFirstCells(int columns)
    {
        for (var i = 1; i + 1 < rows.Count; i++)
        {
            if (columns > 2 && rows[i].Cells.Count == 1 && rows[i + 1].Cells.Count == columns - 1)
            {
                rows[i + 1] = ([.. rows[i].Cells, .. rows[i + 1].Cells], rows[i].Start, rows[i + 1].End);
                rows.RemoveAt(i);
            }
        }
    }

    public IEnumerable<ClauseDraft> ToClauses()
    {
        if (rows.Count == 0)
        {
            yield break;
        }

        var header = rows[0].Cells;
        MergeWrappedFirstCells(header.Count);
        for (var i = 1; i < rows.Count; i++)
        {
            var (cells, start, end) = rows[i];
            var labelled = cells.Select((cell, c) => c < header.Count && header[c].Length > 0 && cell.Length > 0 ? $"{header[c]}: {cell}" : cell)
                .Where(c => c.Length > 0);
            yield return new ClauseDraft(section, $"table row {i}", string.Join("; ", labelled), start, end);
        }
    }
}
