namespace GovernanceBot.Notifications;

/// <summary>
/// What a notification says, stored as the outbox payload and handed to the channel to render. It never holds
/// the words of a confidential report or concern: the recipient opens the request itself, where access is checked.
/// <see cref="RequestVersion"/> is the version a decision card must send back; <see cref="Actionable"/> marks
/// messages that ask the recipient to decide or acknowledge. <see cref="RequestId"/> is the request's opaque public id.
/// </summary>
public sealed record NotificationMessage(
    string Kind,
    string RequestId,
    string Reference,
    string CouncilId,
    string Flow,
    int RequestVersion,
    string Title,
    string Text,
    string CitedAs,
    bool Confidential,
    bool Actionable)
{
    /// <summary>
    /// For an offer of a similar facility (derby 28, lbe 13): the answers a button starts the recipient's own request
    /// with, a JSON object by form field (a string, so that a notification read back compares equal); null otherwise.
    /// </summary>
    public string? Offer { get; init; }
}

/// <summary>A notification to one person, keyed so that enqueuing or delivering it twice has the effect of once.</summary>
public sealed record OutboxMessage(string IdempotencyKey, string RecipientAadObjectId, NotificationMessage Message);

/// <summary>
/// An outbox row being delivered. <see cref="Id"/> is the store's handle on the claimed row (opaque to the dispatcher);
/// <see cref="Attempt"/> counts from 1.
/// </summary>
public sealed record PendingNotification(string Id, string IdempotencyKey, string RecipientAadObjectId, NotificationMessage Message, int Attempt);
