using GovernanceBot.Cards;
using GovernanceBot.Requests.Contract;

namespace GovernanceBot.Requests.Actions;

/// <summary>
/// What a request button gets back: a card (with its plain text) or a message. <see cref="Decided"/> when the press
/// recorded a decision; <see cref="ReasonRequired"/> holds a decline that came without its reason;
/// <see cref="Confidential"/> marks a card that may be shown only in the presser's personal chat.
/// </summary>
sealed record ActionReply(ICard? Card, string? Text)
{
    public const string NotFound = Workflow.Confidentiality.NotFound;

    public ActionReply(ICard card)
        : this(card, card.ToPlainText())
    {
    }

    public ActionReply(string text)
        : this(null, text)
    {
    }

    public bool Decided { get; init; }

    public bool Confidential { get; init; }

    public DecideAction? ReasonRequired { get; init; }
}
