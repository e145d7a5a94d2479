using System.Diagnostics;
using System.Security.Cryptography;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Knowledge.Ingestion;
using GovernanceBot.Knowledge.Segmentation;

namespace GovernanceBot.Knowledge.Index;

/// <summary>
/// Brings the index up to date with the councils' documents. A document whose content hash is unchanged is
/// not read again; one that fails to parse is named in the report and skipped, and the rest are indexed.
/// </summary>
public sealed class KnowledgeIndexer(CouncilCatalog catalog, IClauseIndex index, DocumentTextExtractor texts)
{
    // Bump when segmentation changes, so every document is cut again.
    const string SegmenterVersion = "seg-6";

    public IndexReport Update()
    {
        var clock = Stopwatch.StartNew();
        var stored = index.DocumentHashes();
        var configured = ConfiguredDocuments().ToList();
        var report = new IndexReport();

        foreach (var (key, document) in configured)
        {
            var hash = $"{HashOf(document.Path)}:{SegmenterVersion}";
            if (stored.TryGetValue(key, out var storedHash) && storedHash == hash)
            {
                report.Unchanged++;
                continue;
            }

            try
            {
                var clauses = ClauseSegmenter.Segment(texts.Extract(document.Path), document.Scope, document.Id, document.Title);
                index.Replace(key, hash, clauses);
                report.Indexed++;
                report.Clauses += clauses.Count;
            }
            catch (DocumentReadException e)
            {
                report.Failures.Add(new IndexFailure(document.Path, e.Message));
            }
        }

        var keep = configured.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in stored.Keys.Where(k => !keep.Contains(k)))
        {
            index.Remove(key);
            report.Removed++;
        }

        index.Commit();
        report.Elapsed = clock.Elapsed;
        return report;
    }

    IEnumerable<(string Key, SourceDocument Document)> ConfiguredDocuments() =>
        catalog.AllDocuments()
            .Select(d => (LuceneClauseIndex.KeyOf(d.Scope, d.Id), d))
            .DistinctBy(d => d.Item1);

    static string HashOf(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            return Convert.ToHexString(SHA256.HashData(file));
        }
        catch (IOException e)
        {
            return $"unreadable:{e.GetType().Name}"; // the read below reports it by name
        }
        catch (UnauthorizedAccessException)
        {
            return "unreadable:access";
        }
    }
}

/// <summary>What an index update did.</summary>
public sealed class IndexReport
{
    public int Indexed { get; set; }

    public int Unchanged { get; set; }

    public int Removed { get; set; }

    public int Clauses { get; set; }

    public List<IndexFailure> Failures { get; } = [];

    public TimeSpan Elapsed { get; set; }
}

public sealed record IndexFailure(string Path, string Reason);
