using System.Text.Json;

using GovernanceBot.Storage;

namespace GovernanceBot.Notifications;

/// <summary>
/// The local-mode channel: delivering a notification files it in the local inbox, where the CLI and tests read it.
/// A key already filed is skipped, which is how a redelivery after a crash stays a single message.
/// </summary>
public sealed class LocalOutboxChannel(SqliteDatabase database, TimeProvider time) : INotificationChannel
{
    public async Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken)
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
        command.Parameters.AddWithValue("$now", UtcText.From(time.GetUtcNow()));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>What has been delivered, to one person or (with null) to everyone, in delivery order.</summary>
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

public sealed record DeliveredNotification(string IdempotencyKey, string RecipientAadObjectId, NotificationMessage Message, DateTimeOffset DeliveredUtc);
