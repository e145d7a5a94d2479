using Azure;
using Azure.Data.Tables;

namespace GovernanceBot.Storage;

/// <summary>
/// Conversation references in an Azure table, partitioned by person (lower-case AAD object id) with a row per
/// conversation: a notification looks up one person's chats, which is one partition. Finding a conversation's rows
/// (rarer: a dead conversation, the CLI) scans by row key; a council's chats are hundreds of rows, not millions.
/// </summary>
public sealed class TableConversationReferenceRecords(AzureStorageAccount account) : IConversationReferenceRecords
{
    public static readonly AzureLayout Layout = new("conversationreferences", 1);

    public async Task UpsertAsync(StoredConversationReference reference, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        var partition = reference.UserAadObjectId.ToLowerInvariant();
        var row = TableKeys.Escape(reference.ConversationId);
        while (true)
        {
            var stored = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
            try
            {
                if (!stored.HasValue)
                {
                    await table.AddEntityAsync(ToEntity(partition, row, reference), cancellationToken);
                    return;
                }

                // Last-seen never moves back when two instances finish turns of one conversation out of order; the
                // ETag makes the read-compare-write one step, retried if another instance wrote in between.
                var lastSeen = TableTime.Read(stored.Value!, nameof(reference.LastSeenUtc)) ?? DateTimeOffset.MinValue;
                var merged = reference with { LastSeenUtc = reference.LastSeenUtc > lastSeen ? reference.LastSeenUtc : lastSeen };
                await table.UpdateEntityAsync(ToEntity(partition, row, merged), stored.Value!.ETag, TableUpdateMode.Replace, cancellationToken);
                return;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
            }
        }
    }

    public async Task<StoredConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        (await QueryAsync($"RowKey eq {TableKeys.Literal(TableKeys.Escape(conversationId))}", cancellationToken)).FirstOrDefault();

    public async Task<StoredConversationReference?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        (await ForUserAsync(userAadObjectId, cancellationToken)).FirstOrDefault(r => r.ConversationType == StoredConversationReference.Personal);

    public Task<IReadOnlyList<StoredConversationReference>> ForUserAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        QueryAsync($"PartitionKey eq {TableKeys.Literal(userAadObjectId.ToLowerInvariant())} and Dead eq false", cancellationToken);

    public async Task<bool> MarkDeadAsync(string conversationId, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        var found = false;
        await foreach (var entity in table.QueryAsync<TableEntity>($"RowKey eq {TableKeys.Literal(TableKeys.Escape(conversationId))}",
            select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            found = true;
            await table.UpdateEntityAsync(new TableEntity(entity.PartitionKey, entity.RowKey) { ["Dead"] = true }, ETag.All, TableUpdateMode.Merge, cancellationToken);
        }

        return found;
    }

    public Task<IReadOnlyList<StoredConversationReference>> ListAsync(CancellationToken cancellationToken) => QueryAsync(null, cancellationToken);

    async Task<IReadOnlyList<StoredConversationReference>> QueryAsync(string? filter, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        var found = new List<StoredConversationReference>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(FromEntity(entity));
        }

        return found.OrderByDescending(r => r.LastSeenUtc).ToList();
    }

    static TableEntity ToEntity(string partition, string row, StoredConversationReference r) => new(partition, row)
    {
        [nameof(r.UserAadObjectId)] = r.UserAadObjectId,
        [nameof(r.UserId)] = r.UserId,
        [nameof(r.ConversationId)] = r.ConversationId,
        [nameof(r.ConversationType)] = r.ConversationType,
        [nameof(r.ServiceUrl)] = r.ServiceUrl,
        [nameof(r.ChannelId)] = r.ChannelId,
        [nameof(r.TenantId)] = r.TenantId,
        [nameof(r.BotId)] = r.BotId,
        [nameof(r.BotName)] = r.BotName,
        [nameof(r.LastSeenUtc)] = TableTime.Ticks(r.LastSeenUtc),
        [nameof(r.Dead)] = r.Dead,
    };

    static StoredConversationReference FromEntity(TableEntity e) => new(
        e.GetString(nameof(StoredConversationReference.UserAadObjectId)),
        e.GetString(nameof(StoredConversationReference.UserId)),
        e.GetString(nameof(StoredConversationReference.ConversationId)),
        e.GetString(nameof(StoredConversationReference.ConversationType)),
        e.GetString(nameof(StoredConversationReference.ServiceUrl)),
        e.GetString(nameof(StoredConversationReference.ChannelId)),
        e.GetString(nameof(StoredConversationReference.TenantId)),
        e.GetString(nameof(StoredConversationReference.BotId)),
        e.GetString(nameof(StoredConversationReference.BotName)),
        TableTime.Read(e, nameof(StoredConversationReference.LastSeenUtc))!.Value,
        e.GetBoolean(nameof(StoredConversationReference.Dead)) ?? false);
}
