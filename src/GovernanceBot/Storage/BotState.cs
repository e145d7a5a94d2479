using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovernanceBot.Storage;

/// <summary>
/// State kept per conversation or per user, after the SDK's <c>ConversationState</c>/<c>UserState</c>: load a
/// <see cref="StateBag"/>, change it, save it (optimistically: a concurrent change makes the save throw
/// <see cref="StateConflictException"/>), or reset it.
/// </summary>
public abstract class BotState(IStateStore store, string segment)
{
    public string KeyFor(string channelId, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        return $"{channelId}/{segment}/{id}";
    }

    public async Task<StateBag> LoadAsync(string channelId, string id, CancellationToken cancellationToken)
    {
        var key = KeyFor(channelId, id);
        var items = await store.ReadAsync([key], cancellationToken);
        if (!items.TryGetValue(key, out var item))
        {
            return new StateBag(key, [], eTag: null);
        }

        var properties = JsonNode.Parse(item.Value.GetRawText()) as JsonObject
            ?? throw new JsonException($"The state document '{key}' is not a JSON object.");
        return new StateBag(key, properties, item.ETag);
    }

    /// <summary>Saves <paramref name="bag"/> if it changed; afterwards the bag carries the new ETag.</summary>
    /// <exception cref="StateConflictException">The stored state changed since the bag was loaded.</exception>
    public async Task SaveAsync(StateBag bag, CancellationToken cancellationToken)
    {
        if (!bag.IsChanged)
        {
            return;
        }

        var written = await store.WriteAsync(new StateItem(bag.Key, bag.ToElement(), bag.ETag), cancellationToken);
        bag.ETag = written.ETag;
        bag.IsChanged = false;
    }

    /// <summary>Deletes this one conversation's (or user's) state, leaving every other untouched.</summary>
    public Task ResetAsync(string channelId, string id, CancellationToken cancellationToken) =>
        store.DeleteAsync([KeyFor(channelId, id)], cancellationToken);
}

/// <summary>State per conversation, keyed <c>{channelId}/conversations/{conversationId}</c>.</summary>
public sealed class ConversationState(IStateStore store) : BotState(store, "conversations");

/// <summary>State per user, keyed <c>{channelId}/users/{userId}</c>.</summary>
public sealed class UserState(IStateStore store) : BotState(store, "users");
