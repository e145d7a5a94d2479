using System.Globalization;
using System.Text.Json;

using GovernanceBot.Audit;
using GovernanceBot.Storage;

using Microsoft.Data.Sqlite;

namespace GovernanceBot.Notifications;

/// <summary>
/// The dispatcher's side of the SQLite outbox: claiming due rows under a lease (so two dispatchers never deliver the
/// same row at once), then recording delivery or failure. Each step is its own short write transaction.
/// </summary>
public sealed partial class SqliteOutboxRecords
{
    /// <summary>
    /// Leases up to <paramref name="limit"/> due rows, oldest first, at most <paramref name="perRecipient"/> of them to any
    /// one recipient, and none to a recipient with an older row still waiting: one another dispatcher holds, or one
    /// backing off after a failure. A recipient's notifications are therefore delivered in the order they were queued,
    /// whichever dispatcher takes them, while different recipients' are delivered side by side.
    /// </summary>
    public Task<IReadOnlyList<PendingNotification>> ClaimBatchAsync(DateTimeOffset now, TimeSpan lease, int limit, int perRecipient, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = """
            SELECT id, idempotency_key, recipient_aad, payload_json, attempts FROM (
                SELECT o.*, ROW_NUMBER() OVER (PARTITION BY o.recipient_aad ORDER BY o.id) AS place FROM outbox o
                WHERE o.delivered_utc IS NULL AND o.abandoned_utc IS NULL AND o.next_attempt_utc <= $now
                  AND (o.lease_until_utc IS NULL OR o.lease_until_utc <= $now)
                  AND NOT EXISTS (
                      SELECT 1 FROM outbox e
                      WHERE e.recipient_aad = o.recipient_aad AND e.id < o.id AND e.delivered_utc IS NULL AND e.abandoned_utc IS NULL
                        AND (e.next_attempt_utc > $now OR e.lease_until_utc > $now)))
            WHERE place <= $perRecipient
            ORDER BY id LIMIT $limit
            """;
        select.Parameters.AddWithValue("$now", UtcText.From(now));
        select.Parameters.AddWithValue("$perRecipient", perRecipient);
        select.Parameters.AddWithValue("$limit", limit);
        var claimed = new List<PendingNotification>();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                claimed.Add(new PendingNotification(
                    reader.GetInt64(0).ToString(CultureInfo.InvariantCulture),
                    reader.GetString(1),
                    reader.GetString(2),
                    JsonSerializer.Deserialize<NotificationMessage>(reader.GetString(3), Outbox.Json)!,
                    reader.GetInt32(4) + 1));
            }
        }

        foreach (var row in claimed)
        {
            Execute(connection, transaction, "UPDATE outbox SET attempts = attempts + 1, lease_until_utc = $lease WHERE id = $id",
                ("$lease", UtcText.From(now + lease)), ("$id", RowId(row)));
        }

        transaction.Commit();
        return Task.FromResult<IReadOnlyList<PendingNotification>>(claimed);
    }

    /// <summary>
    /// Gives back rows claimed but not attempted (they queue behind a row of the same recipient that just failed), as if
    /// never claimed, so they wait for it and their attempt count is not spent.
    /// </summary>
    public Task ReleaseAsync(IEnumerable<PendingNotification> notifications, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var notification in notifications)
        {
            Execute(connection, transaction,
                "UPDATE outbox SET attempts = attempts - 1, lease_until_utc = NULL WHERE id = $id AND delivered_utc IS NULL AND abandoned_utc IS NULL",
                ("$id", RowId(notification)));
        }

        transaction.Commit();
        return Task.CompletedTask;
    }

    /// <summary>Records delivery once; false if another dispatcher already had (the row was delivered twice, deduped by key).</summary>
    public Task<bool> MarkDeliveredAsync(PendingNotification notification, DateTimeOffset now, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var marked = Execute(connection, transaction,
            "UPDATE outbox SET delivered_utc = $now, lease_until_utc = NULL, last_error = NULL WHERE id = $id AND delivered_utc IS NULL",
            ("$now", UtcText.From(now)), ("$id", RowId(notification))) == 1;
        if (marked)
        {
            AuditLog.Append(connection, transaction, OutboxAudit.Entry(notification, now, AuditEvents.NotificationDelivered));
        }

        transaction.Commit();
        return Task.FromResult(marked);
    }

    /// <summary>Schedules the next attempt, or abandons the row after the last one. True if abandoned.</summary>
    public Task<bool> MarkFailedAsync(PendingNotification notification, DateTimeOffset now, string error, NotificationOptions options, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var abandon = notification.Attempt >= options.MaxAttempts;
        Execute(connection, transaction, abandon
                ? "UPDATE outbox SET abandoned_utc = $now, lease_until_utc = NULL, last_error = $error WHERE id = $id AND delivered_utc IS NULL"
                : "UPDATE outbox SET next_attempt_utc = $next, lease_until_utc = NULL, last_error = $error WHERE id = $id AND delivered_utc IS NULL",
            ("$now", UtcText.From(now)), ("$next", UtcText.From(now + options.RetryDelay(notification.Attempt))), ("$error", error), ("$id", RowId(notification)));
        if (abandon)
        {
            AuditLog.Append(connection, transaction, OutboxAudit.Entry(notification, now, AuditEvents.NotificationAbandoned));
        }

        transaction.Commit();
        return Task.FromResult(abandon);
    }

    static long RowId(PendingNotification notification) => long.Parse(notification.Id, CultureInfo.InvariantCulture);

    static int Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command.ExecuteNonQuery();
    }
}
