namespace GovernanceBot.Audit;

/// <summary>
/// One line of the audit log: who (Entra object id), what (<see cref="AuditEvents"/>), when, and about which
/// request and clause. <see cref="Detail"/> is a short code (a decision, a refusal reason, a recipient id),
/// never the words of a report or concern.
/// </summary>
public sealed record AuditEntry(
    DateTimeOffset AtUtc,
    string ActorAadObjectId,
    string Event,
    string? CouncilId,
    string? Flow,
    string? Reference,
    string? Clause,
    string? Detail);

/// <summary>The events the audit log records.</summary>
public static class AuditEvents
{
    public const string RequestSubmitted = "request-submitted";
    public const string ReportSubmitted = "report-submitted";
    public const string DecisionRecorded = "decision-recorded";
    public const string DecisionRefused = "decision-refused";
    public const string DecisionReplayed = "decision-replayed";
    public const string NotificationQueued = "notification-queued";
    public const string NotificationDelivered = "notification-delivered";
    public const string NotificationAbandoned = "notification-abandoned";
}
