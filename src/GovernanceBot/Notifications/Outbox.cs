using System.Text.Json;

using GovernanceBot.Storage;

using Microsoft.Data.Sqlite;

namespace GovernanceBot.Notifications;

/// <summary>
/// The outbox table. <see cref="Enqueue"/> joins the caller's transaction, so a notification exists exactly when
/// the state change it announces was committed; the dispatcher claims, delivers and records rows.
/// </summary>
public sealed class Outbox(SqliteDatabase database)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Adds the message unless one with the same idempotency key exists; true if it was added.</summary>
    public static bool Enqueue(SqliteConnection connection, SqliteTransaction transaction, OutboxMessage message, DateTimeOffset now)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT OR IGNORE INTO outbox (idempotency_key, recipient_aad, kind, council_id, reference, payload_json, created_utc, next_attempt_utc)
            VALUES ($key, $recipient, $kind, $council, $reference, $payload, $now, $now)
            """;
        command.Parameters.AddWithValue("$key", message.IdempotencyKey);
        command.Parameters.AddWithValue("$recipient", message.RecipientAadObjectId);
        command.Parameters.AddWithValue("$kind", message.Message.Kind);
        command.Parameters.AddWithValue("$council", message.Message.CouncilId);
        command.Parameters.AddWithValue("$reference", message.Message.Reference);
        command.Parameters.AddWithValue("$payload", JsonSerializer.Serialize(message.Message, Json));
        command.Parameters.AddWithValue("$now", UtcText.From(now));
        return command.ExecuteNonQuery() == 1;
    }

    /// <summary>Every outbox row for a request, delivered or not: what the state change promised to send.</summary>
    public async Task<IReadOnlyList<OutboxMessage>> ForReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT idempotency_key, recipient_aad, payload_json FROM outbox WHERE reference = $reference ORDER BY id";
        command.Parameters.AddWithValue("$reference", reference);
        var messages = new List<OutboxMessage>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            messages.Add(new OutboxMessage(reader.GetString(0), reader.GetString(1), JsonSerializer.Deserialize<NotificationMessage>(reader.GetString(2), Json)!));
        }

        return messages;
    }

    /// <summary>
    /// The rows matching <paramref name="query"/>, oldest first. Failed means abandoned after the last attempt;
    /// pending includes rows waiting for a retry.
    /// </summary>
    public async Task<IReadOnlyList<OutboxRow>> ListAsync(OutboxQuery query, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, council_id, reference, kind, recipient_aad, payload_json, attempts, created_utc, delivered_utc, abandoned_utc, last_error,
                   CASE WHEN delivered_utc IS NOT NULL THEN 'delivered' WHEN abandoned_utc IS NOT NULL THEN 'failed' ELSE 'pending' END AS status
            FROM outbox
            WHERE ($council IS NULL OR council_id = $council)
              AND ($recipient IS NULL OR recipient_aad = $recipient COLLATE NOCASE)
              AND ($status IS NULL OR status = $status)
            ORDER BY id
            """;
        command.Parameters.AddWithValue("$council", (object?)query.CouncilId ?? DBNull.Value);
        command.Parameters.AddWithValue("$recipient", (object?)query.RecipientAadObjectId ?? DBNull.Value);
        command.Parameters.AddWithValue("$status", (object?)query.Status ?? DBNull.Value);
        var rows = new List<OutboxRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var message = JsonSerializer.Deserialize<NotificationMessage>(reader.GetString(5), Json)!;
            rows.Add(new OutboxRow(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), message.Title,
                reader.GetString(11), reader.GetInt32(6), UtcText.Parse(reader.GetString(7)),
                reader.IsDBNull(8) ? null : UtcText.Parse(reader.GetString(8)),
                reader.IsDBNull(9) ? null : UtcText.Parse(reader.GetString(9)),
                reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return rows;
    }

    /// <summary>How many rows still wait for delivery (neither delivered nor abandoned).</summary>
    public async Task<int> PendingCountAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM outbox WHERE delivered_utc IS NULL AND abandoned_utc IS NULL";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }
}
