namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>Plain text, UTF-8 (a byte-order mark is honoured); line endings normalised.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public string ReadText(Stream content, string fileName)
    {
        using var reader = new StreamReader(content, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }
}
