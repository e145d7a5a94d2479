namespace GovernanceBot.Notifications;

/// <summary>
/// Which channel has sent which idempotency key, so that a notification redelivered after a crash (the dispatcher
/// died between a channel sending and it recording delivery) is skipped rather than sent twice. A send and its
/// record are two steps: if the process dies after Teams or Graph accepted a message but before the record is
/// written (one local SQLite insert), the retry sends it again. That window is as small as this design makes it;
/// recording first instead would turn a crash there into a lost notification, which is worse.
/// </summary>
public sealed class SentNotifications(ISentKeyRecords records, TimeProvider time)
{
    public Task<bool> WasSentAsync(string idempotencyKey, string channel, CancellationToken cancellationToken) =>
        records.WasSentAsync(idempotencyKey, channel, cancellationToken);

    public Task RecordAsync(string idempotencyKey, string channel, CancellationToken cancellationToken) =>
        records.RecordAsync(idempotencyKey, channel, time.GetUtcNow(), cancellationToken);
}

/// <summary>Where sent keys are kept: one per idempotency key and channel, recording it twice is recording it once.</summary>
public interface ISentKeyRecords
{
    Task<bool> WasSentAsync(string idempotencyKey, string channel, CancellationToken cancellationToken);

    Task RecordAsync(string idempotencyKey, string channel, DateTimeOffset sentUtc, CancellationToken cancellationToken);
}

/// <summary>No channel could reach the recipient this time; the dispatcher retries with backoff, then abandons.</summary>
public sealed class RecipientUnreachableException(string reason) : Exception(reason);
