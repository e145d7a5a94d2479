namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>The document formats the bot can ingest.</summary>
public static class DocumentFormats
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        ".txt", ".md", ".pdf", ".docx", ".html", ".htm",
    };

    public static bool IsSupported(string path) => Extensions.Contains(Path.GetExtension(path));
}
