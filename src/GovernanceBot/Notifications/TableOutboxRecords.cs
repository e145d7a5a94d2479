using System.Globalization;
using System.Text.Json;

using Azure;
using Azure.Data.Tables;

using GovernanceBot.Audit;

using GovernanceBot.Storage;

namespace GovernanceBot.Notifications;

/// <summary>
/// The outbox as rows of the requests table, each in the partition of the request it announces (see
/// <see cref="RequestPartitions"/>): queued in the same batch as the change, marked delivered or abandoned in one batch
/// with its audit entry. Every change to a row is conditional on the ETag it was read with, which is what makes a lease
/// exclusive across instances.
/// </summary>
public sealed partial class TableOutboxRecords(AzureStorageAccount account) : IOutboxRecords
{
    // Rows of one request queued in one batch share an instant; the position keeps their queue order.
    static string Order(DateTimeOffset now, int position) => $"{now.UtcTicks:D19}-{position:D4}";

    /// <summary>The row for <paramref name="message"/>, for a batch that also writes the change it announces.</summary>
    public static TableEntity Row(OutboxMessage message, DateTimeOffset now, int position) =>
        new(Partition(message), RequestPartitions.OutboxPrefix + TableKeys.Escape(message.IdempotencyKey))
        {
            ["IdempotencyKey"] = message.IdempotencyKey,
            ["Recipient"] = message.RecipientAadObjectId,
            ["RecipientKey"] = message.RecipientAadObjectId.ToLowerInvariant(),
            ["Kind"] = message.Message.Kind,
            ["CouncilId"] = message.Message.CouncilId,
            ["Reference"] = message.Message.Reference,
            ["Payload"] = JsonSerializer.Serialize(message.Message, Outbox.Json),
            ["CreatedUtc"] = TableTime.Ticks(now),
            ["Order"] = Order(now, position),
            ["Attempts"] = 0,
            ["NextAttemptUtc"] = TableTime.Ticks(now),
            ["LeaseUntilUtc"] = 0L,
            ["Open"] = true,
        };

    /// <summary>The partition of the request the message announces.</summary>
    public static string Partition(OutboxMessage message) =>
        RequestPartitions.Of(Convert.ToString(message.Message.RequestId, CultureInfo.InvariantCulture));

    /// <summary>Messages of one request (and the entry recording its change) in that request's partition, as one batch.</summary>
    public async Task EnqueueAsync(IReadOnlyList<OutboxMessage> messages, AuditEntry? entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (messages.Select(Partition).Distinct().Count() > 1)
        {
            throw new ArgumentException("A batch of notifications announces one request's change.", nameof(messages));
        }

        var table = await account.TableAsync(RequestPartitions.Layout, cancellationToken);
        var fresh = new List<TableTransactionAction>();
        for (var i = 0; i < messages.Count; i++)
        {
            var row = Row(messages[i], now, i);
            if (!(await table.GetEntityIfExistsAsync<TableEntity>(row.PartitionKey, row.RowKey, ["RowKey"], cancellationToken)).HasValue)
            {
                fresh.Add(new TableTransactionAction(TableTransactionActionType.Add, row));
            }
        }

        if (entry is not null)
        {
            fresh.Add(new TableTransactionAction(TableTransactionActionType.Add,
                TableAuditRecords.Row(entry, messages.Count > 0 ? Partition(messages[0]) : RequestPartitions.Unattached)));
        }

        if (fresh.Count > 0)
        {
            await table.SubmitTransactionAsync(fresh, cancellationToken);
        }
    }

    public async Task<IReadOnlyList<OutboxMessage>> ForReferenceAsync(string reference, CancellationToken cancellationToken) =>
        (await RowsAsync($"{RequestPartitions.RowsStartingWith(RequestPartitions.OutboxPrefix)} and Reference eq {TableKeys.Literal(reference)}", cancellationToken))
            .Select(r => new OutboxMessage(r.GetString("IdempotencyKey"), r.GetString("Recipient"), Message(r)))
            .ToList();

    public async Task<IReadOnlyList<OutboxRow>> ListAsync(OutboxQuery query, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(RequestPartitions.RowsStartingWith(RequestPartitions.OutboxPrefix), cancellationToken);
        var position = 0L;
        return rows.Select(r => (Row: r, Listed: ToListed(r, ++position)))
            .Where(x => (query.CouncilId is null || x.Listed.CouncilId == query.CouncilId)
                && (query.RecipientAadObjectId is null || string.Equals(x.Listed.RecipientAadObjectId, query.RecipientAadObjectId, StringComparison.OrdinalIgnoreCase))
                && (query.Status is null || x.Listed.Status == query.Status))
            .Select(x => x.Listed)
            .ToList();
    }

    public async Task<int> PendingCountAsync(CancellationToken cancellationToken) =>
        (await RowsAsync($"{RequestPartitions.RowsStartingWith(RequestPartitions.OutboxPrefix)} and Open eq true", cancellationToken)).Count;

    /// <summary>Outbox rows matching <paramref name="filter"/>, in queue order.</summary>
    async Task<List<TableEntity>> RowsAsync(string filter, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(RequestPartitions.Layout, cancellationToken);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        return rows.OrderBy(r => r.GetString("Order"), StringComparer.Ordinal).ToList();
    }

    static NotificationMessage Message(TableEntity row) => JsonSerializer.Deserialize<NotificationMessage>(row.GetString("Payload"), Outbox.Json)!;

    // A table row has no sequence number; the listing numbers rows in queue order instead.
    static OutboxRow ToListed(TableEntity r, long position)
    {
        var delivered = Instant(r, "DeliveredUtc");
        var abandoned = Instant(r, "AbandonedUtc");
        return new OutboxRow(position, r.GetString("CouncilId"), r.GetString("Reference"), r.GetString("Kind"), r.GetString("Recipient"), Message(r).Title,
            delivered is not null ? OutboxRow.Delivered : abandoned is not null ? OutboxRow.Failed : OutboxRow.Pending,
            r.GetInt32("Attempts") ?? 0, TableTime.Read(r, "CreatedUtc")!.Value, delivered, abandoned, r.GetString("LastError"));
    }

    static DateTimeOffset? Instant(TableEntity row, string name) => TableTime.Read(row, name) is { UtcTicks: > 0 } at ? at : null;

    static string Handle(TableEntity row) => string.Create(CultureInfo.InvariantCulture, $"{row.PartitionKey}\n{row.RowKey}\n{row.ETag}");

    static (string Partition, string Row, ETag ETag) Parse(PendingNotification notification)
    {
        var parts = notification.Id.Split('\n');
        return (parts[0], parts[1], new ETag(parts[2]));
    }
}
