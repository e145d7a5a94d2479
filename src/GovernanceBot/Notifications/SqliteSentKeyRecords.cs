using GovernanceBot.Storage;

namespace GovernanceBot.Notifications;

/// <summary>Sent keys in the <c>notification_sends</c> table of the app's SQLite database.</summary>
public sealed class SqliteSentKeyRecords(SqliteDatabase database) : ISentKeyRecords
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

    public async Task RecordAsync(string idempotencyKey, string channel, DateTimeOffset sentUtc, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO notification_sends (idempotency_key, channel, sent_utc) VALUES ($key, $channel, $now)
            """;
        command.Parameters.AddWithValue("$key", idempotencyKey);
        command.Parameters.AddWithValue("$channel", channel);
        command.Parameters.AddWithValue("$now", UtcText.From(sentUtc));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

/// <summary>The <c>notification_sends</c> table behind <see cref="SentNotifications"/>.</summary>
public sealed class SentNotificationsSchema : ISchema
{
    public string Component => "sent-notifications";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the layout of the releases before versioning, which created it with IF NOT EXISTS on every start; the
        // same statements adopt such a database as version 1 without touching its rows.
        """
        CREATE TABLE IF NOT EXISTS notification_sends (
            idempotency_key TEXT NOT NULL,
            channel TEXT NOT NULL,
            sent_utc TEXT NOT NULL,
            PRIMARY KEY (idempotency_key, channel));
        """,
    ];
}

