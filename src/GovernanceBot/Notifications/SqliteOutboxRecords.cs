using System.Text.Json;

using GovernanceBot.Audit;
using GovernanceBot.Storage;

using Microsoft.Data.Sqlite;

namespace GovernanceBot.Notifications;

/// <summary>The outbox in the <c>outbox</c> table of the app's SQLite database; the audit entries of its changes go to <c>audit_log</c>.</summary>
public sealed partial class SqliteOutboxRecords(SqliteDatabase database) : IOutboxRecords
{
    public Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, AuditEntry? entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var message in messages)
        {
            Outbox.Enqueue(connection, transaction, message, now);
        }

        if (entry is not null)
        {
            AuditLog.Append(connection, transaction, entry);
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

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
            messages.Add(new OutboxMessage(reader.GetString(0), reader.GetString(1), JsonSerializer.Deserialize<NotificationMessage>(reader.GetString(2), Outbox.Json)!));
        }

        return messages;
    }

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
            var message = JsonSerializer.Deserialize<NotificationMessage>(reader.GetString(5), Outbox.Json)!;
            rows.Add(new OutboxRow(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), message.Title,
                reader.GetString(11), reader.GetInt32(6), UtcText.Parse(reader.GetString(7)),
                reader.IsDBNull(8) ? null : UtcText.Parse(reader.GetString(8)),
                reader.IsDBNull(9) ? null : UtcText.Parse(reader.GetString(9)),
                reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return rows;
    }

    public async Task<int> PendingCountAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM outbox WHERE delivered_utc IS NULL AND abandoned_utc IS NULL";
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken));
    }
}
