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
/// the same words.
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
}
