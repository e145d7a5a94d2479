namespace GovernanceBot.Notifications;

/// <summary>
/// The local-mode channel: delivering a notification files it in the local inbox, where the CLI and tests read it.
/// A key already filed is skipped, which is how a redelivery after a crash stays a single message.
/// </summary>
public sealed class LocalOutboxChannel(IInboxRecords inbox, TimeProvider time) : INotificationChannel
{
    public Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken) =>
        inbox.FileAsync(new DeliveredNotification(notification.IdempotencyKey, notification.RecipientAadObjectId, notification.Message, time.GetUtcNow()), cancellationToken);

    /// <summary>What has been delivered, to one person or (with null) to everyone, in delivery order.</summary>
    public Task<IReadOnlyList<DeliveredNotification>> ListAsync(string? recipientAadObjectId, CancellationToken cancellationToken) =>
        inbox.ListAsync(recipientAadObjectId, cancellationToken);
}

public sealed record DeliveredNotification(string IdempotencyKey, string RecipientAadObjectId, NotificationMessage Message, DateTimeOffset DeliveredUtc);

/// <summary>The local inbox: a notification filed once per idempotency key, listed in the order filed.</summary>
public interface IInboxRecords
{
    /// <summary>Files the notification unless its key was filed before.</summary>
    Task FileAsync(DeliveredNotification notification, CancellationToken cancellationToken);

    Task<IReadOnlyList<DeliveredNotification>> ListAsync(string? recipientAadObjectId, CancellationToken cancellationToken);
}
