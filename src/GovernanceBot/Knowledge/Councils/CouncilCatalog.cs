using System.Text.Json;

using GovernanceBot.Knowledge.Ingestion;

namespace GovernanceBot.Knowledge.Councils;

/// <summary>
/// The councils found under the councils folder: each sub-folder with a <c>council.json</c> is a council,
/// and <c>national/guidance.json</c> lists the national guidance. Adding a council is adding a folder.
/// </summary>
public sealed class CouncilCatalog
{
    static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    readonly Dictionary<string, Council> councils;

    CouncilCatalog(Dictionary<string, Council> councils, IReadOnlyList<SourceDocument> nationalGuidance)
    {
        this.councils = councils;
        NationalGuidance = nationalGuidance;
    }

    public IReadOnlyList<SourceDocument> NationalGuidance { get; }

    public IEnumerable<Council> Councils => councils.Values.OrderBy(c => c.Id, StringComparer.Ordinal);

    public bool TryGet(string id, out Council council) => councils.TryGetValue(id.Trim().ToLowerInvariant(), out council!);

    /// <summary>Every document the given council's answers may cite: its own and, when it includes it, the national guidance.</summary>
    public IEnumerable<SourceDocument> DocumentsFor(Council council) =>
        council.IncludesNationalGuidance ? council.Documents.Concat(NationalGuidance) : council.Documents;

    /// <summary>All distinct documents, each once.</summary>
    public IEnumerable<SourceDocument> AllDocuments() => councils.Values.SelectMany(c => c.Documents).Concat(NationalGuidance);

    public static CouncilCatalog Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new CouncilConfigurationException($"The councils folder '{folder}' does not exist (Knowledge:CouncilsPath).");
        }

        var councils = new Dictionary<string, Council>(StringComparer.Ordinal);
        IReadOnlyList<SourceDocument> national = [];
        foreach (var dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var guidanceFile = Path.Combine(dir, "guidance.json");
            if (File.Exists(guidanceFile))
            {
                national = ReadFile(guidanceFile).ToDocuments(dir, SourceDocument.NationalScope);
                continue;
            }

            var councilFile = Path.Combine(dir, "council.json");
            if (!File.Exists(councilFile))
            {
                continue;
            }

            var config = ReadFile(councilFile);
            var id = (config.Id ?? Path.GetFileName(dir)).Trim().ToLowerInvariant();
            councils[id] = new Council(id, config.DisplayName ?? id, config.ToDocuments(dir, id), config.IncludeNationalGuidance, dir,
                config.Examples?.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim()).ToList());
        }

        return new CouncilCatalog(councils, national);
    }

    static CouncilFile ReadFile(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<CouncilFile>(File.ReadAllText(path), Json)
                ?? throw new CouncilConfigurationException($"'{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new CouncilConfigurationException($"'{path}' is not valid JSON: {e.Message}");
        }
    }

    sealed record CouncilFile(string? Id, string? DisplayName, bool IncludeNationalGuidance, List<DocumentEntry>? Documents, List<string>? Examples)
    {
        public IReadOnlyList<SourceDocument> ToDocuments(string dir, string scope)
        {
            var entries = Documents is { Count: > 0 } listed
                ? listed
                : Directory.EnumerateFiles(dir).Where(DocumentFormats.IsSupported).Order(StringComparer.Ordinal)
                    .Select(f => new DocumentEntry(Path.GetFileName(f), null, null)).ToList();
            return entries.Select(e => new SourceDocument(
                Path.GetFileNameWithoutExtension(e.File),
                string.IsNullOrWhiteSpace(e.Title) ? TitleFrom(e.File) : e.Title.Trim(),
                Path.Combine(dir, e.File),
                scope,
                string.IsNullOrWhiteSpace(e.StartsAt) ? null : e.StartsAt.Trim())).ToList();
        }
    }

    // A citation shows a document's title, never its file name: without one in council.json, the file name read as words.
    static string TitleFrom(string file)
    {
        var words = Path.GetFileNameWithoutExtension(file).Replace('-', ' ').Replace('_', ' ').Trim();
        return words.Length == 0 ? file : char.ToUpperInvariant(words[0]) + words[1..];
    }

    sealed record DocumentEntry(string File, string? Title, string? StartsAt);
}

public sealed class CouncilConfigurationException(string message) : Exception(message);
