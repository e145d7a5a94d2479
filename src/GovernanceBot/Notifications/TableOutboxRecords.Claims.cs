using Azure;
using Azure.Data.Tables;

using GovernanceBot.Audit;

using GovernanceBot.Storage;

namespace GovernanceBot.Notifications;

public sealed partial class TableOutboxRecords
{
    public async Task<IReadOnlyList<PendingNotification>> ClaimBatchAsync(
        DateTimeOffset now, TimeSpan lease, int limit, int perRecipient, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(RequestPartitions.Layout, cancellationToken);
        var open = await RowsAsync($"{RequestPartitions.RowsStartingWith(RequestPartitions.OutboxPrefix)} and Open eq true", cancellationToken);

        // Per recipient, the due rows at the head of their queue: a row leased elsewhere or backing off stops the rest.
        var candidates = open.GroupBy(r => r.GetString("RecipientKey"), StringComparer.Ordinal)
            .SelectMany(queue => queue.TakeWhile(r => Due(r, now)).Take(perRecipient))
            .OrderBy(r => r.GetString("Order"), StringComparer.Ordinal)
            .Take(limit);

        var claimed = new List<PendingNotification>();
        var blocked = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in candidates)
        {
            var recipient = row.GetString("RecipientKey");
            if (blocked.Contains(recipient))
            {
                continue;
            }

            var attempt = (row.GetInt32("Attempts") ?? 0) + 1;
            var update = new TableEntity(row.PartitionKey, row.RowKey) { ["Attempts"] = attempt, ["LeaseUntilUtc"] = TableTime.Ticks(now + lease) };
            try
            {
                var response = await table.UpdateEntityAsync(update, row.ETag, TableUpdateMode.Merge, cancellationToken);
                row.ETag = response.Headers.ETag!.Value;
                claimed.Add(new PendingNotification(Handle(row), row.GetString("IdempotencyKey"), row.GetString("Recipient"), Message(row), attempt));
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // Another dispatcher claimed (or finished) it since the query; this recipient's later rows wait for it.
                blocked.Add(recipient);
            }
        }

        return claimed;
    }

    public async Task ReleaseAsync(IEnumerable<PendingNotification> notifications, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(RequestPartitions.Layout, cancellationToken);
        foreach (var notification in notifications)
        {
            var (partition, row, etag) = Parse(notification);
            try
            {
                await table.UpdateEntityAsync(new TableEntity(partition, row) { ["Attempts"] = notification.Attempt - 1, ["LeaseUntilUtc"] = 0L },
                    etag, TableUpdateMode.Merge, cancellationToken);
            }
            catch (RequestFailedException e) when (e.Status == 412)
            {
                // The lease ran out and another dispatcher holds the row now: it is theirs to release or deliver.
            }
        }
    }

    public async Task<bool> MarkDeliveredAsync(PendingNotification notification, DateTimeOffset now, CancellationToken cancellationToken) =>
        await FinishAsync(notification, row =>
        {
            row["Open"] = false;
            row["DeliveredUtc"] = TableTime.Ticks(now);
            row["LeaseUntilUtc"] = 0L;
            row["LastError"] = null;
            return OutboxAudit.Entry(notification, now, AuditEvents.NotificationDelivered);
        }, cancellationToken);

    public async Task<bool> MarkFailedAsync(PendingNotification notification, DateTimeOffset now, string error, NotificationOptions options, CancellationToken cancellationToken)
    {
        var abandon = notification.Attempt >= options.MaxAttempts;
        await FinishAsync(notification, row =>
        {
            row["LeaseUntilUtc"] = 0L;
            row["LastError"] = error;
            if (!abandon)
            {
                row["NextAttemptUtc"] = TableTime.Ticks(now + options.RetryDelay(notification.Attempt));
                return null;
            }

            row["Open"] = false;
            row["AbandonedUtc"] = TableTime.Ticks(now);
            return OutboxAudit.Entry(notification, now, AuditEvents.NotificationAbandoned);
        }, cancellationToken);
        return abandon;
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the row while it is still open, with its audit entry (if any) in the same
    /// batch. The claim's ETag is tried first; if the row changed since (its lease ran out and another dispatcher took
    /// it), it is read again, so an outcome is recorded exactly once whichever dispatcher gets there first.
    /// </summary>
    async Task<bool> FinishAsync(PendingNotification notification, Func<TableEntity, AuditEntry?> change, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(RequestPartitions.Layout, cancellationToken);
        var (partition, rowKey, etag) = Parse(notification);
        while (true)
        {
            var row = new TableEntity(partition, rowKey);
            var audit = change(row);
            var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateMerge, row, etag) };
            if (audit is not null)
            {
                actions.Add(new TableTransactionAction(TableTransactionActionType.Add, TableAuditRecords.Row(audit, partition)));
            }

            try
            {
                await table.SubmitTransactionAsync(actions, cancellationToken);
                return true;
            }
            catch (TableTransactionFailedException e) when (e.Status == 412)
            {
                var current = await table.GetEntityIfExistsAsync<TableEntity>(partition, rowKey, cancellationToken: cancellationToken);
                if (!current.HasValue || current.Value!.GetBoolean("Open") != true)
                {
                    return false;
                }

                etag = current.Value.ETag;
            }
        }
    }

    static bool Due(TableEntity row, DateTimeOffset now) =>
        (row.GetInt64("NextAttemptUtc") ?? 0) <= now.UtcTicks && (row.GetInt64("LeaseUntilUtc") ?? 0) <= now.UtcTicks;
}
