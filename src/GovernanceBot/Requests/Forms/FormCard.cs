using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using GovernanceBot.Cards;
using GovernanceBot.Requests.Contract;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Requests.Forms;

/// <summary>
/// A flow's form: every field as an input, the rule's guidance, what was wrong last time, and how to answer by
/// typing instead (the text fallback asks the first unanswered question). Its Next button names the form by its id.
/// </summary>
public sealed class FormCard(
    string flow,
    string formId,
    string title,
    string guidance,
    IReadOnlyList<FormField> fields,
    IReadOnlyDictionary<string, string> answers,
    IReadOnlyDictionary<string, string> problems,
    DateOnly today) : ICard
{
    const int MaxGuidance = 1000;

    FormField? NextQuestion => fields.FirstOrDefault(f => !answers.ContainsKey(f.Name)) ?? fields.FirstOrDefault(f => problems.ContainsKey(f.Name));

    string TypingHint => NextQuestion is { } next
        ? $"Or answer here, one question at a time. {next.Prompt} (Say \"cancel\" to stop, \"help\" for help.)"
        : "Say \"cancel\" to stop, \"help\" for help.";

    public JsonObject ToJson()
    {
        var body = new List<JsonObject> { TextBlock(title, weight: "Bolder", size: "Medium") };
        if (guidance.Length > 0)
        {
            body.Add(TextBlock(CardText.Clip(guidance, MaxGuidance), subtle: true));
        }

        foreach (var field in fields)
        {
            body.Add(Input(field));
            if (problems.TryGetValue(field.Name, out var problem))
            {
                body.Add(FormInputs.Problem(problem));
            }
        }

        body.Add(TextBlock(TypingHint, size: "Small", subtle: true, spacing: "Medium"));
        return Card(body, [Submit("Next: check and send", CardActions.FormData(flow, formId))]);
    }

    public string ToPlainText()
    {
        var text = new StringBuilder().AppendLine(title);
        if (guidance.Length > 0)
        {
            text.AppendLine(CardText.Clip(guidance, MaxGuidance));
        }

        foreach (var problem in problems.Values)
        {
            text.AppendLine(problem);
        }

        return text.AppendLine(TypingHint).ToString().TrimEnd();
    }

    JsonObject Input(FormField field)
    {
        var value = answers.GetValueOrDefault(field.Name);
        return field.Kind switch
        {
            FieldKind.Date => FormInputs.Date(field.Name, field.Label, value,
                min: field.Dates is DateRule.FutureOnly or DateRule.FutureWorkingDay ? Iso(today.AddDays(1)) : null,
                max: field.Dates == DateRule.NotInFuture ? Iso(today) : null),
            FieldKind.Choice or FieldKind.Person => FormInputs.Choice(field.Name, field.Label,
                field.Choices.Select(c => (c.Value, c.Title)), value, filtered: field.Kind == FieldKind.Person),
            _ => FormInputs.Text(field.Name, field.Label, value, field.MaxLength, field.Multiline, field.Placeholder),
        };
    }

    static string Iso(DateOnly date) => date.ToString(FieldAnswers.DateFormat, CultureInfo.InvariantCulture);
}
