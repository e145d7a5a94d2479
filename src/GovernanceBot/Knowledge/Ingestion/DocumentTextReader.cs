namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>Reads any supported document to text with the reader for its extension.</summary>
public sealed class DocumentTextReader(IEnumerable<IDocumentReader> readers)
{
    readonly Dictionary<string, IDocumentReader> byExtension = readers
        .SelectMany(r => r.Extensions.Select(e => (Extension: e, Reader: r)))
        .ToDictionary(x => x.Extension, x => x.Reader, StringComparer.OrdinalIgnoreCase);

    public string Read(string path)
    {
        var name = Path.GetFileName(path);
        if (!byExtension.TryGetValue(Path.GetExtension(path), out var reader))
        {
            throw new DocumentReadException($"Could not read '{name}': '{Path.GetExtension(path)}' files are not supported ({string.Join(", ", byExtension.Keys.Order())}).");
        }

        try
        {
            using var stream = File.OpenRead(path);
            return reader.ReadText(stream, name);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or FormatException or ArgumentException or InvalidOperationException)
        {
            throw new DocumentReadException($"Could not read '{name}': {e.Message}", e);
        }
    }
}
