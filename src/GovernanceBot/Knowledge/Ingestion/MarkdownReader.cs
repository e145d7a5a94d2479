using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>
/// Reads Markdown line by line: "#" headings become heading lines, bullets "- " lines, numbered items keep
/// their number, tables tab-separated rows; soft-wrapped paragraph lines are joined into one.
/// </summary>
public sealed partial class MarkdownReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".md"];

    public string ReadText(Stream content, string fileName)
    {
        var lines = TextDecoding.Read(content).Split('\n').Select(MarkdownInline.Protect).ToArray();
        var writer = new BlockTextWriter();
        var block = new MarkdownBlock(writer);
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Quote().Replace(lines[i], "");
            if (Fence().IsMatch(line))
            {
                block.Flush();
                inFence = !inFence;
            }
            else if (inFence)
            {
                block.AddParagraphLine(line);
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                block.Flush();
                writer.EndGroup();
            }
            else if (Definition().IsMatch(line))
            {
                block.Flush();
            }
            else if (Heading().Match(line) is { Success: true } heading)
            {
                block.Flush();
                writer.Heading(MarkdownInline.Strip(heading.Groups[1].Value));
            }
            else if (SetextUnderline().IsMatch(line) && block.HasParagraph)
            {
                block.FlushAsHeading();
            }
            else if (Rule().IsMatch(line))
            {
                block.Flush();
            }
            else if (line.Contains('|') && (block.InTable || line.TrimStart().StartsWith('|') || IsTableSeparator(lines, i + 1)))
            {
                block.AddTableRow(line, isSeparator: IsTableSeparator(lines, i));
            }
            else if (Bullet().Match(line) is { Success: true } bullet)
            {
                block.StartListItem("-", bullet.Groups[1].Value);
            }
            else if (Numbered().Match(line) is { Success: true } numbered)
            {
                block.StartListItem(numbered.Groups[1].Value, numbered.Groups[2].Value);
            }
            else
            {
                block.AddParagraphLine(line);
            }
        }

        block.Flush();
        return writer.ToString();
    }

    static bool IsTableSeparator(string[] lines, int index) =>
        index < lines.Length && lines[index].Contains('|') && TableSeparator().IsMatch(lines[index]);

    [GeneratedRegex(@"^\s{0,3}(?:>\s?)+")]
    private static partial Regex Quote();

    [GeneratedRegex(@"^\s{0,3}(```|~~~)")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^\s{0,3}\[[^\]]+\]:\s+\S+")]
    private static partial Regex Definition();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s{0,3}(?:=+|-+)\s*$")]
    private static partial Regex SetextUnderline();

    [GeneratedRegex(@"^\s{0,3}(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$")]
    private static partial Regex Rule();

    [GeneratedRegex(@"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")]
    private static partial Regex TableSeparator();

    [GeneratedRegex(@"^\s*[-*+]\s+(.*)$")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^\s*(\d{1,3}[.)])\s+(.*)$")]
    private static partial Regex Numbered();
}
