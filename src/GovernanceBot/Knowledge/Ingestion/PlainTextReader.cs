namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>Reads .txt as it is: the shipped protocols are already in the shape the segmenter expects.</summary>
public sealed class PlainTextReader : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".txt"];

    public string ReadText(Stream content, string fileName) => TextDecoding.Read(content);
}
