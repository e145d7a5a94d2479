using GovernanceBot.Storage;

namespace GovernanceBot.Notifications;

/// <summary>
/// Which channel has sent which idempotency key, so that a notification redelivered after a crash (the dispatcher
/// died between a channel sending and it recording delivery) is skipped rather than sent twice. A send and its
/// record are two steps: if the process dies after Teams or Graph accepted a message but before the record is
/// written (one local SQLite insert), the retry sends it again. That window is as small as this design makes it;
/// recording first instead would turn a crash there into a lost notification, which is worse.
/// </summary>
public sealed class SentNotifications(SqliteDatabase database, TimeProvider time)
{
    public async Task<bool> WasSentAsync(string idempotencyKey, string channel, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM notification_sends WHERE idempotency_key = $key AND channel = $channel";
        command.Parameters.AddWithValue("$key", idempotencyKey);
        command.Parameters.AddWithValue("$channel", channel);
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    public async Task RecordAsync(string idempotencyKey, string channel, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO notification_sends (idempotency_key, channel, sent_utc) VALUES ($key, $channel, $now)
            """;
        command.Parameters.AddWithValue("$key", idempotencyKey);
        command.Parameters.AddWithValue("$channel", channel);
        command.Parameters.AddWithValue("$now", UtcText.From(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>The <c>notification_sends</c> table behind <see cref="SentNotifications"/>.</summary>
public sealed class SentNotificationsSchema : ISchema
{
    public string CreateSql => """
        CREATE TABLE IF NOT EXISTS notification_sends (
            idempotency_key TEXT NOT NULL,
            channel TEXT NOT NULL,
            sent_utc TEXT NOT NULL,
            PRIMARY KEY (idempotency_key, channel));
        """;
}

/// <summary>No channel could reach the recipient this time; the dispatcher retries with backoff, then abandons.</summary>
public sealed class RecipientUnreachableException(string reason) : Exception(reason);
