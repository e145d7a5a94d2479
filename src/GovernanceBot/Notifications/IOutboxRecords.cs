using GovernanceBot.Audit;

namespace GovernanceBot.Notifications;

/// <summary>
/// Where the outbox is kept, and the dispatcher's operations on it. A claim leases rows so that two dispatchers (two
/// instances) never deliver one row at once; a recipient's rows are claimed only in queue order, and none while an
/// earlier one of theirs is leased or backing off. Recording delivery or abandonment writes its audit entry in the
/// same atomic step. The contract (tests/…/Notifications/OutboxContract.cs) holds for every backend.
/// </summary>
public interface IOutboxRecords
{
    /// <summary>Queues the messages, and the audit entry of the change they announce, all or none; a known idempotency key is skipped.</summary>
    Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, AuditEntry? entry, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Leases up to <paramref name="limit"/> due rows, at most <paramref name="perRecipient"/> per recipient, oldest first.</summary>
    Task<IReadOnlyList<PendingNotification>> ClaimBatchAsync(DateTimeOffset now, TimeSpan lease, int limit, int perRecipient, CancellationToken cancellationToken);

    /// <summary>Gives back claimed rows never attempted, as if never claimed (their attempt is not spent).</summary>
    Task ReleaseAsync(IEnumerable<PendingNotification> notifications, CancellationToken cancellationToken);

    /// <summary>Records delivery once; false if it was already recorded (the row was delivered twice, deduped by key).</summary>
    Task<bool> MarkDeliveredAsync(PendingNotification notification, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Schedules the next attempt, or abandons the row after the last one. True if abandoned.</summary>
    Task<bool> MarkFailedAsync(PendingNotification notification, DateTimeOffset now, string error, NotificationOptions options, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxMessage>> ForReferenceAsync(string reference, CancellationToken cancellationToken);

    Task<IReadOnlyList<OutboxRow>> ListAsync(OutboxQuery query, CancellationToken cancellationToken);

    Task<int> PendingCountAsync(CancellationToken cancellationToken);
}

/// <summary>The audit entries the dispatcher writes, the same from every backend.</summary>
public static class OutboxAudit
{
    public const string System = "governancebot";

    public static AuditEntry Entry(PendingNotification notification, DateTimeOffset now, string auditEvent) => new(
        now, System, auditEvent, notification.Message.CouncilId, notification.Message.Flow, notification.Message.Reference,
        notification.Message.CitedAs, $"{notification.Message.Kind} to {notification.RecipientAadObjectId}");
}
