using System.Text.Json;

using Azure;
using Azure.Data.Tables;

using GovernanceBot.Storage;

namespace GovernanceBot.Notifications;

/// <summary>
/// The local inbox in an Azure table: a partition per recipient, a row per idempotency key (so filing twice is a 409,
/// ignored). Listed in the order filed, by the filing instant and then a tie-breaking sequence number.
/// </summary>
public sealed class TableInboxRecords(AzureStorageAccount account) : IInboxRecords
{
    public static readonly AzureLayout Layout = new("inbox", 1);

    // Breaks ties between notifications filed in the same tick by this instance.
    static long sequence;

    public async Task FileAsync(DeliveredNotification notification, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(notification.RecipientAadObjectId.ToLowerInvariant(), TableKeys.Escape(notification.IdempotencyKey))
            {
                ["RecipientAadObjectId"] = notification.RecipientAadObjectId,
                ["IdempotencyKey"] = notification.IdempotencyKey,
                ["Payload"] = JsonSerializer.Serialize(notification.Message, Outbox.Json),
                ["DeliveredUtc"] = TableTime.Ticks(notification.DeliveredUtc),
                ["Sequence"] = Interlocked.Increment(ref sequence),
            }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
    }

    public async Task<IReadOnlyList<DeliveredNotification>> ListAsync(string? recipientAadObjectId, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        var filter = recipientAadObjectId is null ? null : $"PartitionKey eq {TableKeys.Literal(recipientAadObjectId.ToLowerInvariant())}";
        var found = new List<(long At, long Sequence, DeliveredNotification Notification)>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var at = TableTime.Read(e, "DeliveredUtc")!.Value;
            found.Add((at.UtcTicks, e.GetInt64("Sequence") ?? 0, new DeliveredNotification(
                e.GetString("IdempotencyKey"), e.GetString("RecipientAadObjectId"),
                JsonSerializer.Deserialize<NotificationMessage>(e.GetString("Payload"), Outbox.Json)!, at)));
        }

        return found.OrderBy(f => f.At).ThenBy(f => f.Sequence).Select(f => f.Notification).ToList();
    }
}
