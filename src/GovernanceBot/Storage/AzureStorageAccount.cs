using System.Collections.Concurrent;

using Azure;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;

namespace GovernanceBot.Storage;

/// <summary>
/// The storage account behind every Azure store: its clients, built once, and each table and container opened (created
/// and its layout version checked) on first use. Opening is retried on the next use if it failed, so an instance that
/// started while storage was unreachable recovers without a restart.
/// </summary>
public sealed class AzureStorageAccount
{
    readonly TableServiceClient tables;
    readonly BlobServiceClient blobs;
    readonly string prefix;
    readonly ConcurrentDictionary<string, Lazy<Task<TableClient>>> opened = new(StringComparer.Ordinal);
    readonly ConcurrentDictionary<string, Lazy<Task<BlobContainerClient>>> containers = new(StringComparer.Ordinal);

    public AzureStorageAccount(AzureStorageOptions options)
    {
        prefix = options.NamePrefix;
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            tables = new TableServiceClient(options.ConnectionString);
            blobs = new BlobServiceClient(options.ConnectionString);
        }
        else
        {
            // Shared keys are off on the account the infra creates: the identity's data roles are the only way in. Few,
            // short retries for a token: a missing identity is a deployment mistake that waiting does not mend, and the
            // start-up check waits for the answer.
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions
            {
                Retry = { MaxRetries = 1, Delay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(1) },
            });
            tables = new TableServiceClient(new Uri(options.TableEndpoint!), credential);
            blobs = new BlobServiceClient(new Uri(options.BlobEndpoint!), credential);
        }
    }

    /// <summary>The table for <paramref name="layout"/>, created if missing and refused if a newer build laid it out.</summary>
    public Task<TableClient> TableAsync(AzureLayout layout, CancellationToken cancellationToken) =>
        Open(opened, layout.Name, () => OpenTableAsync(layout, cancellationToken));

    /// <summary>The blob container for <paramref name="layout"/>, created if missing and version-checked like a table.</summary>
    public Task<BlobContainerClient> ContainerAsync(AzureLayout layout, CancellationToken cancellationToken) =>
        Open(containers, layout.Name, () => OpenContainerAsync(layout, cancellationToken));

    static async Task<T> Open<T>(ConcurrentDictionary<string, Lazy<Task<T>>> cache, string name, Func<Task<T>> open)
    {
        var lazy = cache.GetOrAdd(name, _ => new Lazy<Task<T>>(open));
        try
        {
            return await lazy.Value;
        }
        catch
        {
            cache.TryRemove(new KeyValuePair<string, Lazy<Task<T>>>(name, lazy));
            throw;
        }
    }

    async Task<TableClient> OpenTableAsync(AzureLayout layout, CancellationToken cancellationToken)
    {
        var table = tables.GetTableClient(prefix + layout.Name);
        await table.CreateIfNotExistsAsync(cancellationToken);
        await CheckVersionAsync(layout, "table", cancellationToken);
        return table;
    }

    async Task<BlobContainerClient> OpenContainerAsync(AzureLayout layout, CancellationToken cancellationToken)
    {
        var container = blobs.GetBlobContainerClient($"{prefix}-{layout.Name}");
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await CheckVersionAsync(layout, "container", cancellationToken);
        return container;
    }

    // One row per table or container in the layouts table records the version of the layout it was written with; the
    // first build to open it records its own. A later build that changes a layout moves the rows over and raises the
    // number, so an older build still running against the account refuses to start instead of misreading them.
    async Task CheckVersionAsync(AzureLayout layout, string kind, CancellationToken cancellationToken)
    {
        var layouts = tables.GetTableClient(prefix + "layouts");
        await layouts.CreateIfNotExistsAsync(cancellationToken);
        var stored = await layouts.GetEntityIfExistsAsync<TableEntity>(kind, layout.Name, cancellationToken: cancellationToken);
        if (!stored.HasValue)
        {
            try
            {
                await layouts.AddEntityAsync(new TableEntity(kind, layout.Name) { ["Version"] = layout.Version }, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status == 409)
            {
                stored = await layouts.GetEntityIfExistsAsync<TableEntity>(kind, layout.Name, cancellationToken: cancellationToken);
            }
        }

        var version = stored.Value!.GetInt32("Version") ?? 0;
        if (version > layout.Version)
        {
            throw new StorageLayoutException(
                $"Storage:Azure {kind} '{prefix}{layout.Name}' has layout version {version}, newer than this build's {layout.Version}; deploy the newer build (or point Storage:Azure at another account or NamePrefix).");
        }
    }
}

/// <summary>
/// A table's (or, with <paramref name="IsContainer"/>, a blob container's) name within the account, after the prefix,
/// and the layout version this build writes. Each store registers its layouts, so start-up opens them all.
/// </summary>
public sealed record AzureLayout(string Name, int Version, bool IsContainer = false);
