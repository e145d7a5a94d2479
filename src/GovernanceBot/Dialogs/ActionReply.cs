using GovernanceBot.Cards;
using GovernanceBot.Requests;

namespace GovernanceBot.Dialogs;

/// <summary>
/// What a request button gets back: a card (with its plain text) or a message. <see cref="Decided"/> when the press
/// recorded a decision; <see cref="ReasonRequired"/> holds a decline that came without its reason.
/// </summary>
sealed record ActionReply(ICard? Card, string? Text)
{
    public ActionReply(ICard card)
        : this(card, card.ToPlainText())
    {
    }

    public ActionReply(string text)
        : this(null, text)
    {
    }

    public bool Decided { get; init; }

    public DecisionCommand? ReasonRequired { get; init; }
}
