namespace GovernanceBot.Notifications;

/// <summary>One outbox row as the <c>outbox</c> command lists it: who was sent what, and how delivery went.</summary>
public sealed record OutboxRow(
    long Id,
    string CouncilId,
    string Reference,
    string Kind,
    string RecipientAadObjectId,
    string Title,
    string Status,
    int Attempts,
    DateTimeOffset CreatedUtc,
    DateTimeOffset? DeliveredUtc,
    DateTimeOffset? AbandonedUtc,
    string? LastError)
{
    public const string Pending = "pending";
    public const string Delivered = "delivered";
    public const string Failed = "failed";

    public static readonly IReadOnlyList<string> Statuses = [Pending, Delivered, Failed];
}

/// <summary>Which rows to list; a null field does not filter.</summary>
public sealed record OutboxQuery(string? CouncilId = null, string? RecipientAadObjectId = null, string? Status = null);
