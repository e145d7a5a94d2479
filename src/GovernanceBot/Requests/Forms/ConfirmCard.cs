using System.Text;
using System.Text.Json.Nodes;
using GovernanceBot.Cards;
using GovernanceBot.Requests.Contract;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Requests.Forms;

/// <summary>The last step of a flow: what will be sent, the rule's guidance, and Send or Cancel. Nothing is sent before Send.</summary>
public sealed class ConfirmCard(string formId, string title, IReadOnlyList<(string Label, string Value)> facts, string guidance) : ICard
{
    const int MaxValue = 4000;
    const int MaxGuidance = 1000;
    const string Ask = "Say \"send\" to send it, or \"cancel\" to stop. Nothing has been sent yet.";

    public JsonObject ToJson()
    {
        var body = new List<JsonObject> { TextBlock($"{title}: check and send", weight: "Bolder", size: "Medium") };
        foreach (var (label, value) in facts)
        {
            body.Add(TextBlock(label, weight: "Bolder", spacing: "Small"));
            body.Add(Words(CardText.Clip(value, MaxValue)));
        }

        if (guidance.Length > 0)
        {
            body.Add(TextBlock(CardText.Clip(guidance, MaxGuidance), subtle: true, spacing: "Medium"));
        }

        body.Add(TextBlock(Ask, size: "Small", subtle: true));
        return Card(body,
        [
            Submit("Send", CardActions.ConfirmData(formId, send: true)),
            Submit("Cancel", CardActions.ConfirmData(formId, send: false)),
        ]);
    }

    public string ToPlainText()
    {
        var text = new StringBuilder().AppendLine($"{title}: check and send");
        foreach (var (label, value) in facts)
        {
            text.AppendLine($"{label}: {CardText.Clip(value, MaxValue)}");
        }

        if (guidance.Length > 0)
        {
            text.AppendLine(CardText.Clip(guidance, MaxGuidance));
        }

        return text.AppendLine(Ask).ToString().TrimEnd();
    }
}
