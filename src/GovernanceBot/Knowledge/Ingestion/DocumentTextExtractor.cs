namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>
/// Picks the reader for a file by its extension and turns every failure, whatever threw it, into a
/// <see cref="DocumentReadException"/> naming the file, so the indexer can skip that one document and go on.
/// </summary>
public sealed class DocumentTextExtractor
{
    readonly Dictionary<string, IDocumentReader> readers = new(StringComparer.OrdinalIgnoreCase);

    public DocumentTextExtractor(IEnumerable<IDocumentReader> readers)
    {
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions)
            {
                if (!this.readers.TryAdd(extension, reader))
                {
                    throw new InvalidOperationException(
                        $"Two document readers claim '{extension}': {this.readers[extension].GetType().Name} and {reader.GetType().Name}.");
                }
            }
        }
    }

    public IReadOnlyCollection<string> Extensions => readers.Keys;

    public string Extract(string path)
    {
        Stream content;
        try
        {
            content = File.OpenRead(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw ReadFailure.Because(path, $"the file cannot be opened ({e.Message})", e);
        }

        using (content)
        {
            return Extract(content, path);
        }
    }

    public string Extract(Stream content, string fileName)
    {
        var extension = Path.GetExtension(fileName);
        if (!readers.TryGetValue(extension, out var reader))
        {
            var supported = string.Join(", ", readers.Keys.Order(StringComparer.Ordinal));
            throw ReadFailure.Because(fileName, $"'{extension}' files are not supported (supported: {supported}).");
        }

        string text;
        try
        {
            using var buffer = new MemoryStream();
            content.CopyTo(buffer);
            if (buffer.Length == 0)
            {
                throw ReadFailure.Because(fileName, "the file is empty.");
            }

            buffer.Position = 0;
            text = reader.ReadText(buffer, fileName);
        }
        catch (DocumentReadException)
        {
            throw;
        }
        catch (Exception e)
        {
            throw ReadFailure.Because(fileName, $"{e.GetType().Name}: {e.Message}", e);
        }

        return string.IsNullOrWhiteSpace(text)
            ? throw ReadFailure.Because(fileName, "the file holds no readable text (a scanned PDF has no text layer).")
            : text;
    }
}
