// Scale benchmark for the knowledge engine: a synthetic corpus of many councils, each with megabytes of
// protocol-like text, indexed from scratch (Lucene and clause vectors); then questions answered against random councils.
// Usage: dotnet run -c Release --project benchmarks/GovernanceBot.Benchmarks -- [councils=50] [megabytes=2] [queries=3000] [folder]
// With a folder, the corpus, index and vectors are kept there and reused by the next run (which then measures queries only).
using System.Diagnostics;
using GovernanceBot.Benchmarks;
using GovernanceBot.Knowledge;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Index;
using GovernanceBot.Knowledge.Semantic;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

var councils = args.Length > 0 ? int.Parse(args[0]) : 50;
var megabytes = args.Length > 1 ? double.Parse(args[1]) : 2;
var queries = args.Length > 2 ? int.Parse(args[2]) : 3000;

var keep = args.Length > 3;
var root = keep ? Path.GetFullPath(args[3]) : Path.Combine(Path.GetTempPath(), "gb-bench-" + Guid.NewGuid().ToString("N"));
var reused = keep && Directory.Exists(Path.Combine(root, "councils"));
var corpus = reused
    ? SyntheticCorpus.Read(Path.Combine(root, "councils"))
    : SyntheticCorpus.Write(Path.Combine(root, "councils"), councils, (long)(megabytes * 1024 * 1024));
Console.WriteLine($"corpus: {councils} councils x {megabytes} MB = {corpus.Bytes / 1024.0 / 1024.0:F0} MB of text");

var settings = new Dictionary<string, string?>
{
    ["Knowledge:CouncilsPath"] = Path.Combine(root, "councils"),
    ["Storage:DataPath"] = Path.Combine(root, "data"),
};
using var services = new ServiceCollection()
    .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
    .AddLogging()
    .AddKnowledge()
    .BuildServiceProvider();

var clock = Stopwatch.StartNew();
var report = services.GetRequiredService<KnowledgeIndexer>().Update();
clock.Stop();
Console.WriteLine($"{(report.Indexed == 0 ? "index up to date (incremental check)" : "index from scratch")}: {clock.Elapsed.TotalSeconds:F1} s, {report.Indexed} documents, {report.Clauses} clauses, failures {report.Failures.Count}");

if (!reused)
{
    var sample = services.GetRequiredService<IClauseIndex>().ClausesOf(corpus.CouncilIds[0], SyntheticCorpus.DocumentId)
        .Select(SemanticTexts.Of).Take(2000).ToList();
    EmbeddingThroughput.Measure(sample);
}

clock.Restart();
var semantic = await services.GetRequiredService<SemanticIndexer>().UpdateAsync(CancellationToken.None);
clock.Stop();
Console.WriteLine($"clause vectors: {clock.Elapsed.TotalSeconds:F1} s, {semantic.Embedded} of {semantic.Texts} texts embedded ({(semantic.Embedded == 0 ? 0 : semantic.Embedded / clock.Elapsed.TotalSeconds):F0}/s)");
Console.WriteLine($"peak memory (working set): {Process.GetCurrentProcess().PeakWorkingSet64 / 1024.0 / 1024.0:F0} MB");

var engine = services.GetRequiredService<IAnswerEngine>();
var questions = QuestionPool.Load();
Console.WriteLine($"questions: {questions.Count} different ones, each asked of a random council");
var random = new Random(7);
// A running bot has long since compiled its hot paths to optimised code (.NET tiers methods up after about 30
// calls) and has its index files in memory; the first 200 questions get the process there and are not measured.
const int WarmUp = 200;
var latencies = new List<double>();
var cpuBefore = TimeSpan.Zero;
var answered = 0;
for (var i = 0; i < queries + WarmUp; i++)
{
    var question = questions[random.Next(questions.Count)];
    var council = corpus.CouncilIds[random.Next(corpus.CouncilIds.Count)];
    var start = Stopwatch.GetTimestamp();
    var answer = await engine.AskAsync(council, question, CancellationToken.None);
    if (i == WarmUp - 1)
    {
        cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    }

    if (i >= WarmUp)
    {
        latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        answered += answer.Answered ? 1 : 0;
    }
}

var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / queries;
latencies.Sort();
Console.WriteLine($"processor time per question (all threads, GC included): {cpu:F2} ms; answered {answered} of {queries} (the rest handed off)");
double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
Console.WriteLine($"query latency over {latencies.Count} questions: p50 {Percentile(0.50):F2} ms, p95 {Percentile(0.95):F2} ms, p99 {Percentile(0.99):F2} ms");

if (!keep)
{
    Directory.Delete(root, recursive: true);
}
