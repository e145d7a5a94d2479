using System.Numerics.Tensors;
using GovernanceBot.Knowledge.Clauses;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// Every clause's vector, by scope, for dense retrieval: a question is compared with each clause of its council and the
/// national guidance (a few thousand per council, so an exact scan takes a few milliseconds and needs no approximate index).
/// Built in the background after the lexical index; questions wait for it the first time.
/// </summary>
public sealed class SemanticIndex(VectorStore store)
{
    readonly TaskCompletionSource<Snapshot> first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    volatile Snapshot? current;

    /// <summary>The number of clauses with a vector.</summary>
    public int Count => current?.Count ?? 0;

    /// <summary>Replaces what is searched; the first call lets waiting questions through.</summary>
    public void Publish(IReadOnlyDictionary<string, ScopeVectors> scopes)
    {
        var snapshot = new Snapshot(scopes);
        current = snapshot;
        first.TrySetResult(snapshot);
    }

    /// <summary>Fails waiting questions when the vectors cannot be built, so they report the cause instead of hanging.</summary>
    public void Fail(Exception reason) => first.TrySetException(reason);

    /// <summary>The dense ranking of every clause in the scopes, best first.</summary>
    public async Task<DenseRanking> RankAsync(float[] question, IReadOnlyCollection<string> scopes, CancellationToken cancellationToken)
    {
        var snapshot = current ?? await first.Task.WaitAsync(cancellationToken);
        var scored = new List<(Clause Clause, TextHash Hash, float Similarity)>();
        var buffer = new float[SentenceEmbedder.Dimensions];
        foreach (var scope in scopes)
        {
            if (!snapshot.Scopes.TryGetValue(scope, out var vectors))
            {
                continue;
            }

            for (var i = 0; i < vectors.Clauses.Count; i++)
            {
                scored.Add((vectors.Clauses[i], vectors.Hashes[i], Similarity(question, vectors.Vectors[i], buffer)));
            }
        }

        scored.Sort((a, b) => b.Similarity.CompareTo(a.Similarity));
        return new DenseRanking(scored);
    }

    /// <summary>The similarity of a vector to a stored text's vector; 0 when the text has none.</summary>
    public float Similarity(float[] vector, TextHash hash)
    {
        if (!store.TryGet(hash, out var stored))
        {
            return 0;
        }

        return Similarity(vector, stored, new float[SentenceEmbedder.Dimensions]);
    }

    /// <summary>Adds a stored text's vector, times <paramref name="scale"/>, to <paramref name="into"/>.</summary>
    public void AddScaled(TextHash hash, float scale, float[] into)
    {
        if (store.TryGet(hash, out var stored))
        {
            var buffer = new float[SentenceEmbedder.Dimensions];
            TensorPrimitives.ConvertToSingle(stored, buffer);
            TensorPrimitives.MultiplyAdd(buffer, scale, into, into);
        }
    }

    static float Similarity(float[] question, Half[] clause, float[] buffer)
    {
        TensorPrimitives.ConvertToSingle(clause, buffer);
        return TensorPrimitives.Dot(question, buffer);
    }

    sealed class Snapshot(IReadOnlyDictionary<string, ScopeVectors> scopes)
    {
        public IReadOnlyDictionary<string, ScopeVectors> Scopes { get; } = scopes;

        public int Count { get; } = scopes.Values.Sum(s => s.Clauses.Count);
    }
}

/// <summary>One scope's clauses, the hashes of their embedded texts and their vectors, in the same order.</summary>
public sealed record ScopeVectors(IReadOnlyList<Clause> Clauses, IReadOnlyList<TextHash> Hashes, IReadOnlyList<Half[]> Vectors);

/// <summary>Clauses by similarity to a question, best first, each findable by the hash of its embedded text.</summary>
public sealed class DenseRanking
{
    readonly Dictionary<TextHash, int> places = [];

    public DenseRanking(IReadOnlyList<(Clause Clause, TextHash Hash, float Similarity)> ordered)
    {
        Ordered = ordered;
        for (var i = 0; i < ordered.Count; i++)
        {
            places.TryAdd(ordered[i].Hash, i);
        }
    }

    public IReadOnlyList<(Clause Clause, TextHash Hash, float Similarity)> Ordered { get; }

    public float Best => Ordered.Count == 0 ? 0 : Ordered[0].Similarity;

    /// <summary>The clause's place (0 = most similar) and similarity; false when it is not in the ranked scopes.</summary>
    public bool TryFind(TextHash hash, out int place, out float similarity)
    {
        if (places.TryGetValue(hash, out place))
        {
            similarity = Ordered[place].Similarity;
            return true;
        }

        similarity = 0;
        return false;
    }
}
