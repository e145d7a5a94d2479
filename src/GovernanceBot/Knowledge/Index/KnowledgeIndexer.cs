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
public sealed class KnowledgeIndexer(CouncilCatalog catalog, IClauseIndex index, DocumentTextExtractor texts, Thesaurus thesaurus)
{
    // Bump when segmentation, analysis (stop words, stemming) or what a clause directs to changes, so every document is cut and indexed again.
    // A changed thesaurus does the same through its fingerprint.
    const string AnalysisVersion = "seg-11";

    public IndexReport Update()
    {
        var clock = Stopwatch.StartNew();
        var stored = index.DocumentHashes();
        var configured = ConfiguredDocuments().ToList();
        var report = new IndexReport();

        // Documents are read, cut into clauses and analysed in parallel: the index writer takes documents from
        // several threads at once, and this is where indexing spends its time.
        Parallel.ForEach(configured, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, entry =>
        {
            var (key, document) = entry;
            var hash = $"{HashOf(document.Path)}:{AnalysisVersion}:{thesaurus.Fingerprint}:{document.StartsAt}";
            if (stored.TryGetValue(key, out var storedHash) && storedHash == hash)
            {
                report.CountUnchanged();
                return;
            }

            try
            {
                var clauses = ClauseSegmenter.Segment(ProtocolPart.Of(texts.Extract(document.Path), document.StartsAt), document.Scope, document.Id, document.Title);
                index.Replace(key, hash, clauses);
                report.CountIndexed(clauses.Count);
            }
            catch (DocumentReadException e)
            {
                report.AddFailure(new IndexFailure(document.Path, e.Message));
            }
        });

        var keep = configured.Select(c => c.Key).ToHashSet(StringComparer.Ordinal);
        foreach (var key in stored.Keys.Where(k => !keep.Contains(k)))
        {
            index.Remove(key);
            report.Removed++;
        }

        report.Failures.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));

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

/// <summary>What an index update did. Documents are indexed in parallel, so the counts are kept with care.</summary>
public sealed class IndexReport
{
    int indexed;
    int unchanged;
    int clauses;

    public int Indexed => indexed;

    public int Unchanged => unchanged;

    public int Removed { get; set; }

    public int Clauses => clauses;

    public List<IndexFailure> Failures { get; } = [];

    public TimeSpan Elapsed { get; set; }

    internal void CountUnchanged() => Interlocked.Increment(ref unchanged);

    internal void CountIndexed(int clauseCount)
    {
        Interlocked.Increment(ref indexed);
        Interlocked.Add(ref clauses, clauseCount);
    }

    internal void AddFailure(IndexFailure failure)
    {
        lock (Failures)
        {
            Failures.Add(failure);
        }
    }
}

public sealed record IndexFailure(string Path, string Reason);
