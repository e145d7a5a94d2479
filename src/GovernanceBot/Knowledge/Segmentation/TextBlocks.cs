namespace GovernanceBot.Knowledge.Segmentation;

/// <summary>Splits a document's text into classified blocks, dropping page furniture first.</summary>
static class TextBlocks
{
    public static List<Block> Read(string text)
    {
        var lines = SplitLines(text);
        var repeated = PageFurniture.RepeatedLines(lines.Select(l => l.Text));
        var blocks = new List<Block>();
        var pending = new List<(string Text, int Start, int End)>();
        Block? previous = null;

        foreach (var line in lines)
        {
            var blank = line.Text.Trim().Length == 0 || PageFurniture.IsFurniture(line.Text, repeated);
            if (blank)
            {
                Flush(pending, blocks);
                continue;
            }

            // Each line is classified once: indexing many megabytes makes this the hot path.
            var shape = BlockShape.Classify(line.Text, 0, 0);

            // A line that opens a new numbered paragraph, item or bullet starts a new block even without a blank line.
            if (pending.Count > 0 && StartsNewBlock(line.Text, shape, pending[^1].Text, previous!))
            {
                Flush(pending, blocks);
            }

            pending.Add(line);
            previous = shape;
        }

        Flush(pending, blocks);
        return blocks;
    }

    static bool StartsNewBlock(string line, Block shape, string previousLine, Block previous)
    {
        if (line.Contains('\t') != previousLine.Contains('\t'))
        {
            return true;
        }

        if (line.Contains('\t'))
        {
            // Table rows written one per line (cells separated by tabs) are blocks of their own.
            return line.TrimStart('\t').Contains('\t');
        }

        // A heading written on the line before or after running text ("officer attendance" between two items).
        if (IsHeadingLine(previous) && !BlockShape.StartsLowercase(line)
            || IsHeadingLine(shape) && BlockShape.EndsSentence(previousLine))
        {
            return true;
        }

        var previousIsBareMarker = previous is { Kind: BlockKind.Numbered or BlockKind.Lettered, Text.Length: 0 };
        return !previousIsBareMarker && shape.Kind is BlockKind.Numbered or BlockKind.Lettered or BlockKind.Bullet;
    }

    // A plain heading line; a markdown heading ("# Part 2") is already a block of its own by its marker.
    static bool IsHeadingLine(Block line) => line is { Kind: BlockKind.Heading, HeadingLevel: 0 };

    static void Flush(List<(string Text, int Start, int End)> pending, List<Block> blocks)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var text = string.Join('\n', pending.Select(p => p.Text));
        var block = BlockShape.Classify(text, pending[0].Start, pending[^1].End);
        pending.Clear();

        // "18.     (a)" carries a paragraph number and the first lettered item on one line.
        if (block.Kind == BlockKind.Numbered && block.Text.Length > 0)
        {
            var inner = BlockShape.Classify(block.Text, block.Start, block.End);
            if (inner.Kind == BlockKind.Lettered)
            {
                blocks.Add(block with { Text = "" });
                blocks.Add(inner);
                return;
            }
        }

        blocks.Add(block);
    }

    static List<(string Text, int Start, int End)> SplitLines(string text)
    {
        var lines = new List<(string, int, int)>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\f')
            {
                lines.Add((text[start..i].TrimEnd('\r', ' '), start, i));
                if (i < text.Length && text[i] == '\f')
                {
                    lines.Add(("", i, i)); // a page break ends any paragraph, as a blank line does
                }

                start = i + 1;
            }
        }

        return lines;
    }
}
