using Azure;
using Azure.Data.Tables;

using GovernanceBot.Storage;

namespace GovernanceBot.Notifications;

/// <summary>Sent keys in an Azure table: the idempotency key is the partition, the channel the row; a second insert is a 409, ignored.</summary>
public sealed class TableSentKeyRecords(AzureStorageAccount account) : ISentKeyRecords
{
    public static readonly AzureLayout Layout = new("sentkeys", 1);

    public async Task<bool> WasSentAsync(string idempotencyKey, string channel, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        return (await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(idempotencyKey), TableKeys.Escape(channel), ["RowKey"], cancellationToken)).HasValue;
    }

    public async Task RecordAsync(string idempotencyKey, string channel, DateTimeOffset sentUtc, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(TableKeys.Escape(idempotencyKey), TableKeys.Escape(channel)) { ["SentUtc"] = TableTime.Ticks(sentUtc) }, cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
    }
}
