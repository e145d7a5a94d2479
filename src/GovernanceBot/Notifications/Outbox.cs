using System.Text.Json;

using Microsoft.Data.Sqlite;

namespace GovernanceBot.Notifications;

/// <summary>
/// The outbox: what state changes promised to send, read through <see cref="IOutboxRecords"/> (SQLite or an Azure
/// table, chosen at start-up). In SQLite, <see cref="Enqueue"/> joins the caller's transaction, so a notification
/// exists exactly when the state change it announces was committed.
/// </summary>
public sealed class Outbox(IOutboxRecords records)
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
    public Task<IReadOnlyList<OutboxMessage>> ForReferenceAsync(string reference, CancellationToken cancellationToken) =>
        records.ForReferenceAsync(reference, cancellationToken);

    /// <summary>
    /// The rows matching <paramref name="query"/>, oldest first. Failed means abandoned after the last attempt;
    /// pending includes rows waiting for a retry.
    /// </summary>
    public Task<IReadOnlyList<OutboxRow>> ListAsync(OutboxQuery query, CancellationToken cancellationToken) => records.ListAsync(query, cancellationToken);

    /// <summary>How many rows still wait for delivery (neither delivered nor abandoned).</summary>
    public Task<int> PendingCountAsync(CancellationToken cancellationToken) => records.PendingCountAsync(cancellationToken);
}
