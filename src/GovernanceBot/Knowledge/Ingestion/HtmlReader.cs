using AngleSharp.Html.Parser;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>
/// Reads HTML with AngleSharp: page chrome (script, style, nav, site header and footer) is dropped, headings and
/// blocks become lines, list items "- " or their number, table rows tab-separated cells.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".html", ".htm"];

    public string ReadText(Stream content, string fileName)
    {
        var document = new HtmlParser().ParseDocument(TextDecoding.Read(content));
        var writer = new BlockTextWriter();
        new HtmlBlocks(writer).Walk(document.Body ?? document.DocumentElement);
        return writer.ToString();
    }
}
