using GovernanceBot.Knowledge.Configuration;
using GovernanceBot.Knowledge.Evaluation;
using GovernanceBot.Knowledge.Retrieval;
using GovernanceBot.Knowledge.Semantic;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Knowledge.Examples;

/// <summary>
/// Questions asked before, from the JSON-lines files of the examples folder (the format of eval/: council, question,
/// expect, gold). The repository's tuning sets, eval/*-questions.jsonl, are shipped there; a council adds its own file.
/// A file's name is its set. Questions are spelled out as the retriever spells a question out, so they meet new ones in
/// the same words. The folder may also hold the questions' vectors, computed before they shipped (<c>*.vec</c>, written by
/// <c>embed-examples</c>): a new data folder then takes them from there instead of embedding every question again.
/// </summary>
public sealed class AskedBeforeFiles(IOptions<KnowledgeOptions> options, Abbreviations abbreviations) : IAskedBefore
{
    public IReadOnlyList<AskedQuestion> Load()
    {
        var folder = options.Value.ExamplesPath;
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.jsonl").Order(StringComparer.Ordinal)
                .SelectMany(f => EvalQuestion.ReadFile(f).Select(q => new AskedQuestion(
                    Path.GetFileNameWithoutExtension(f), q.Council, abbreviations.SpellOut(q.Question), q.ShouldAnswer ? q.Gold ?? [] : [], q.ShouldAnswer)))
                .ToList()
            : [];
    }

    public IReadOnlyDictionary<TextHash, Half[]> ShippedVectors()
    {
        var folder = options.Value.ExamplesPath;
        var vectors = new Dictionary<TextHash, Half[]>();
        if (!Directory.Exists(folder))
        {
            return vectors;
        }

        // A damaged file, or one of another model, is skipped: its questions are embedded instead.
        foreach (var file in Directory.EnumerateFiles(folder, "*.vec").Order(StringComparer.Ordinal))
        {
            foreach (var (hash, vector) in VectorStore.ReadSegment(file) ?? [])
            {
                vectors[hash] = vector;
            }
        }

        return vectors;
    }
}
