using System.Text.Json.Nodes;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Cards;

/// <summary>
/// What the bot says when the protocol does not answer the question: that it cannot find it, and who can help instead —
/// by name, from the council's directory, when it knows who leads Democratic Services. It never cites a clause: a
/// citation here would look like an answer.
/// </summary>
public sealed class AbstentionCard(string councilName, string handOff, RouteContact? democraticServices = null) : ICard
{
    const int MaxCouncil = 120;
    const int MaxHandOff = 1000;
    const int MaxName = 100;

    string Statement => $"I can't find that in {CardText.Clip(councilName, MaxCouncil)}'s protocol.";

    string? Contact => democraticServices is { } contact
        ? $"{CardText.Clip(contact.Name, MaxName)}{(string.IsNullOrWhiteSpace(contact.Email) ? "" : $" ({CardText.Clip(contact.Email, MaxName)})")} leads Democratic Services."
        : null;

    public JsonObject ToJson()
    {
        var body = new List<JsonObject> { TextBlock(Statement, weight: "Bolder"), TextBlock(CardText.Clip(handOff, MaxHandOff)) };
        if (Contact is { } contact)
        {
            body.Add(TextBlock(contact));
        }

        return Card(body);
    }

    public string ToPlainText() => Contact is { } contact
        ? $"{Statement}\n\n{CardText.Clip(handOff, MaxHandOff)}\n{contact}"
        : $"{Statement}\n\n{CardText.Clip(handOff, MaxHandOff)}";
}
