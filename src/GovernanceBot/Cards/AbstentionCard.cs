using System.Text.Json.Nodes;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Cards;

/// <summary>
/// What the bot says when the protocol does not answer the question: that it cannot find it, and who can
/// help instead. It never cites a clause: a citation here would look like an answer.
/// </summary>
public sealed class AbstentionCard(string councilName, string handOff) : ICard
{
    const int MaxCouncil = 120;
    const int MaxHandOff = 1000;

    string Statement => $"I can't find that in {CardText.Clip(councilName, MaxCouncil)}'s protocol.";

    public JsonObject ToJson() => Card(
    [
        TextBlock(Statement, weight: "Bolder"),
        TextBlock(CardText.Clip(handOff, MaxHandOff)),
    ]);

    public string ToPlainText() => $"{Statement}\n\n{CardText.Clip(handOff, MaxHandOff)}";
}
