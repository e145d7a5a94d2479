namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>
/// Turns one document format into plain text shaped like the shipped .txt protocols: one block per line,
/// blank lines between paragraphs, headings on lines of their own, list items as "- " lines, table rows
/// as tab-separated cells. The clause segmenter works on that text, whatever the source format.
/// </summary>
public interface IDocumentReader
{
    /// <summary>File extensions this reader handles, lower case with the dot (".pdf").</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>Reads the document; throws <see cref="DocumentReadException"/> when it cannot be parsed.</summary>
    string ReadText(Stream content, string fileName);
}

/// <summary>A document that could not be parsed. The message names the file and says why.</summary>
public sealed class DocumentReadException(string message, Exception? inner = null) : Exception(message, inner);
