using System.Text.Json;

using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;

namespace GovernanceBot.Storage;

/// <summary>
/// <see cref="IStateStore"/> as one JSON blob per conversation or user, as the Bot Framework SDK's blob storage keeps
/// bot state: a form's state can outgrow a table property (64 KiB), and a blob's ETag gives compare-and-swap for free
/// (If-Match on a conditional write, so of two instances saving from the same read exactly one succeeds).
/// </summary>
public sealed class BlobStateStore(AzureStorageAccount account) : IStateStore
{
    public static readonly AzureLayout Layout = new("state", 1, IsContainer: true);

    public async Task<IReadOnlyDictionary<string, StateItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var container = await account.ContainerAsync(Layout, cancellationToken);
        var found = new Dictionary<string, StateItem>(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            try
            {
                var content = await container.GetBlobClient(BlobName(key)).DownloadContentAsync(cancellationToken);
                using var document = JsonDocument.Parse(content.Value.Content.ToMemory());
                found[key] = new StateItem(key, document.RootElement.Clone(), content.Value.Details.ETag.ToString());
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
            }
        }

        return found;
    }

    public async Task<StateItem> WriteAsync(StateItem item, CancellationToken cancellationToken)
    {
        var container = await account.ContainerAsync(Layout, cancellationToken);
        var options = new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" },
            Conditions = item.IsUnconditional ? null : new BlobRequestConditions { IfMatch = new ETag(item.ETag!) },
        };
        try
        {
            var uploaded = await container.GetBlobClient(BlobName(item.Key))
                .UploadAsync(BinaryData.FromString(item.Value.GetRawText()), options, cancellationToken);
            return item with { ETag = uploaded.Value.ETag.ToString() };
        }
        catch (RequestFailedException e) when (e.Status is 412 or 404 or 409)
        {
            // 412: changed since read; 404/409: deleted since read. Either way the caller's copy is stale.
            throw new StateConflictException(item.Key);
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var container = await account.ContainerAsync(Layout, cancellationToken);
        foreach (var key in keys)
        {
            await container.GetBlobClient(BlobName(key)).DeleteIfExistsAsync(cancellationToken: cancellationToken);
        }
    }

    // Keys hold channel and conversation ids ("msteams/conversations/19:…@thread.v2"); escaping keeps each key one flat
    // blob name whatever characters an id carries.
    static string BlobName(string key) => Uri.EscapeDataString(key);
}
