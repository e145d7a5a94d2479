using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovernanceBot.Knowledge.Answers;

namespace GovernanceBot.Cli;

/// <summary>The CLI's answer contract: {"council","question","answered","confident","answer","route":{"role"}|null,"citations":[…]}.</summary>
static class AnswerJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static object From(Answer answer) => new
    {
        council = answer.Council,
        question = answer.Question,
        answered = answer.Answered,
        confident = answer.Answered && answer.Confident,
        answer = answer.Text,
        route = answer.Route is null ? null : new { role = answer.Route.Role },
        citations = answer.Citations.Select(c => new { document = c.Document, title = c.Title, section = c.Section, paragraph = c.Paragraph, text = c.Text }),
    };

    public static string ToText(Answer answer)
    {
        var text = new StringBuilder();
        if (answer.Answered && !answer.Confident)
        {
            text.AppendLine("(Not sure this is the clause you need: check it and the others below, or ask Democratic Services.)").AppendLine();
        }

        text.Append(answer.Text).AppendLine();
        if (answer.Route is not null)
        {
            text.AppendLine().AppendLine($"Who to go to: {answer.Route.Role}");
        }

        foreach (var (citation, i) in answer.Citations.Select((c, i) => (c, i + 1)))
        {
            var paragraph = citation.Paragraph.Length > 0 ? $", para {citation.Paragraph}" : "";
            text.AppendLine().AppendLine($"[{i}] {citation.Title} — {citation.Section}{paragraph}").AppendLine($"    \"{citation.Text}\"");
        }

        return text.ToString().TrimEnd();
    }
}
