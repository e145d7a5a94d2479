using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.Knowledge.Evaluation;

/// <summary>One line of an evaluation file: a question, whether it should be answered, and the clause that answers it.</summary>
public sealed record EvalQuestion(
    string Id,
    string Council,
    string Question,
    string Expect,
    string? Document,
    IReadOnlyList<string>? Gold,
    string? Route)
{
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [JsonIgnore]
    public bool ShouldAnswer => Expect == "answer";

    /// <summary>Whether a cited passage contains one of the gold phrases, after folding case, quotes and white space.</summary>
    public bool IsAnsweredBy(string passage)
    {
        var folded = Clauses.TextFolding.Fold(passage);
        return (Gold ?? []).Any(g => folded.Contains(Clauses.TextFolding.Fold(g), StringComparison.Ordinal));
    }

    /// <summary>Reads a JSON-lines file; a bad line is an error naming its number.</summary>
    public static IReadOnlyList<EvalQuestion> ReadFile(string path)
    {
        var questions = new List<EvalQuestion>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (line.Trim().Length == 0)
            {
                continue;
            }

            try
            {
                var question = JsonSerializer.Deserialize<EvalQuestion>(line, Json);
                if (question is null || string.IsNullOrWhiteSpace(question.Council) || string.IsNullOrWhiteSpace(question.Question) || question.Expect is not ("answer" or "abstain"))
                {
                    throw new EvalFileException($"{path}:{number}: needs council, question and expect (answer|abstain).");
                }

                questions.Add(question);
            }
            catch (JsonException e)
            {
                throw new EvalFileException($"{path}:{number}: not valid JSON ({e.Message}).");
            }
        }

        return questions;
    }
}

public sealed class EvalFileException(string message) : Exception(message);
