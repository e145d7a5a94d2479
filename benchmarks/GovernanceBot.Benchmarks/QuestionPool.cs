using System.Text.Json;

namespace GovernanceBot.Benchmarks;

/// <summary>
/// The questions the benchmark asks: the synthetic ones written for its corpus, and the shipped evaluation
/// questions, so the term statistics and stored clauses a question touches are not all the same few.
/// </summary>
static class QuestionPool
{
    public static IReadOnlyList<string> Load()
    {
        var questions = new List<string>(SyntheticCorpus.Questions);
        if (EvalFile() is { } file)
        {
            questions.AddRange(File.ReadLines(file)
                .Where(line => line.Trim().Length > 0)
                .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("question").GetString()!));
        }

        return questions;
    }

    static string? EvalFile()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "eval", "dev-questions.jsonl");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
