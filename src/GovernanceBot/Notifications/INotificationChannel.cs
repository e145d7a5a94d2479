namespace GovernanceBot.Notifications;

/// <summary>
/// Delivers notifications to people (Teams proactive message, email, or the local inbox). Delivery is
/// at-least-once: after a crash between sending and the dispatcher recording delivery, the same notification
/// comes again with the same <see cref="PendingNotification.IdempotencyKey"/>. A channel must therefore record
/// the keys it has sent and skip a key it has already sent; keys are unique for the life of the database, so
/// remembering them for as long as outbox rows are kept makes every retry harmless.
/// </summary>
public interface INotificationChannel
{
    /// <summary>Delivers the notification or throws; a throw is retried later with backoff.</summary>
    Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken);
}
