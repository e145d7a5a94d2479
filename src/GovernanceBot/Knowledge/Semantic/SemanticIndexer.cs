using System.Diagnostics;
using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Knowledge.Index;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// Gives every indexed clause (and each item of a list clause) a vector: texts already in the vector store are not
/// embedded again, so after the first run only changed clauses cost anything. Then publishes the example memory and
/// the semantic index (questions wait for the index, so they find the memory built).
/// </summary>
public sealed class SemanticIndexer(CouncilCatalog catalog, IClauseIndex index, VectorStore store, SemanticIndex semantic, IAskedBefore askedBefore, ExampleMemory examples)
{
    // The model uses every core; two hosts in one process embedding at once would only share them, and the second
    // finds the first's vectors remembered if it waits.
    static readonly SemaphoreSlim OneAtATime = new(1, 1);
    const int Chunk = 256;

    public async Task<SemanticReport> UpdateAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var scopes = new Dictionary<string, List<Clause>>(StringComparer.Ordinal);
        foreach (var document in catalog.AllDocuments().DistinctBy(d => (d.Scope, d.Id)))
        {
            if (!scopes.TryGetValue(document.Scope, out var clauses))
            {
                scopes[document.Scope] = clauses = [];
            }

            clauses.AddRange(index.ClausesOf(document.Scope, document.Id));
        }

        // Each text hashed once: the store, the new vectors and the clauses' rows are all keyed by it.
        var hashes = scopes.Values.SelectMany(c => c).SelectMany(SemanticTexts.All).Distinct(StringComparer.Ordinal)
            .ToDictionary(t => t, TextHash.Of, StringComparer.Ordinal);
        var missing = hashes.Where(h => !store.Contains(h.Value)).Select(h => h.Key).ToList();
        if (missing.Count > 0)
        {
            await OneAtATime.WaitAsync(cancellationToken);
            try
            {
                for (var start = 0; start < missing.Count; start += Chunk)
                {
                    var chunk = missing.GetRange(start, Math.Min(Chunk, missing.Count - start));
                    var vectors = SentenceEmbedder.Shared.EmbedRemembered(chunk, cancellationToken);
                    store.Add(chunk.Select((t, i) => (hashes[t], vectors[i])).ToList());
                }
            }
            finally
            {
                OneAtATime.Release();
            }
        }

        var (built, asked) = ExampleVectors.Build(askedBefore.Load(), askedBefore.ShippedVectors, catalog, scopes, store, cancellationToken);
        examples.Publish(built);
        semantic.Publish(scopes.ToDictionary(s => s.Key, s => Vectors(s.Value, hashes), StringComparer.Ordinal));
        store.Compact(hashes.Values.Concat(asked).ToHashSet());
        return new SemanticReport(scopes.Values.Sum(c => c.Count), hashes.Count, missing.Count, built.Count, clock.Elapsed);
    }

    ScopeVectors Vectors(List<Clause> clauses, Dictionary<string, TextHash> hashes)
    {
        var clauseHashes = clauses.Select(c => hashes[SemanticTexts.Of(c)]).ToList();
        var vectors = clauseHashes.Select(h => store.TryGet(h, out var v) ? v : throw new InvalidOperationException("A clause's vector is missing from the store.")).ToList();
        return new ScopeVectors(clauses, clauseHashes, vectors);
    }
}

/// <summary>What a semantic index update did: clauses covered, texts with a vector, texts embedded now, questions asked before in the memory, and how long it took.</summary>
public sealed record SemanticReport(int Clauses, int Texts, int Embedded, int Examples, TimeSpan Elapsed);
