using System.Text.Json;

using GovernanceBot.Storage;

namespace GovernanceBot.Notifications;

/// <summary>The local inbox in the <c>local_inbox</c> table of the app's SQLite database.</summary>
public sealed class SqliteInboxRecords(SqliteDatabase database) : IInboxRecords
{
    public async Task FileAsync(DeliveredNotification notification, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR IGNORE INTO local_inbox (idempotency_key, recipient_aad, kind, payload_json, delivered_utc)
            VALUES ($key, $recipient, $kind, $payload, $now)
            """;
        command.Parameters.AddWithValue("$key", notification.IdempotencyKey);
        command.Parameters.AddWithValue("$recipient", notification.RecipientAadObjectId);
        command.Parameters.AddWithValue("$kind", notification.Message.Kind);
        command.Parameters.AddWithValue("$payload", JsonSerializer.Serialize(notification.Message, Outbox.Json));
        command.Parameters.AddWithValue("$now", UtcText.From(notification.DeliveredUtc));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<DeliveredNotification>> ListAsync(string? recipientAadObjectId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT idempotency_key, recipient_aad, payload_json, delivered_utc FROM local_inbox
            WHERE $recipient IS NULL OR recipient_aad = $recipient COLLATE NOCASE ORDER BY rowid
            """;
        command.Parameters.AddWithValue("$recipient", (object?)recipientAadObjectId ?? DBNull.Value);
        var delivered = new List<DeliveredNotification>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            delivered.Add(new DeliveredNotification(
                reader.GetString(0),
                reader.GetString(1),
                JsonSerializer.Deserialize<NotificationMessage>(reader.GetString(2), Outbox.Json)!,
                UtcText.Parse(reader.GetString(3))));
        }

        return delivered;
    }
}
