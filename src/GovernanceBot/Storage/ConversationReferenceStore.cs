using System.Collections.Concurrent;

namespace GovernanceBot.Storage;

/// <summary>
/// Conversation references, one per conversation and user, refreshed on every authenticated turn: in a group chat or
/// team each person who spoke keeps their own, so each of them can be reached from it. Stored in SQLite or an Azure
/// table (<see cref="IConversationReferenceRecords"/>, chosen at start-up).
/// </summary>
public sealed class ConversationReferenceStore(IConversationReferenceRecords records)
{
    // Every turn brings the same reference. Within a minute of writing a person's reference to a conversation, only a
    // change is written again: last_seen_utc only picks a person's most recent chat, which a minute does not change,
    // and a write per turn is a third of a busy turn's storage work. Marking a conversation dead forgets it here, so
    // the next turn in it revives it at once. AAD object ids are GUIDs: their case carries no meaning.
    static readonly TimeSpan Unchanged = TimeSpan.FromMinutes(1);
    const int Remembered = 10_000;
    readonly ConcurrentDictionary<(string Conversation, string User), StoredConversationReference> written = new();

    static (string, string) KeyOf(StoredConversationReference reference) =>
        (reference.ConversationId, reference.UserAadObjectId.ToLowerInvariant());

    /// <summary>Inserts or refreshes the user's reference; their turn in a conversation marked dead brings it back to life.</summary>
    public async Task UpsertAsync(StoredConversationReference reference, CancellationToken cancellationToken)
    {
        if (written.TryGetValue(KeyOf(reference), out var last)
            && last with { LastSeenUtc = reference.LastSeenUtc } == reference
            && reference.LastSeenUtc - last.LastSeenUtc < Unchanged)
        {
            return;
        }

        await records.UpsertAsync(reference, cancellationToken);
        if (written.Count >= Remembered)
        {
            written.Clear();
        }

        written[KeyOf(reference)] = reference;
    }

    /// <summary>The reference of whoever was last seen in the conversation, if any.</summary>
    public Task<StoredConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        records.FindAsync(conversationId, cancellationToken);

    /// <summary>The user's most recently active one-to-one chat with the bot that is not dead, if any.</summary>
    public Task<StoredConversationReference?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        records.FindPersonalAsync(userAadObjectId, cancellationToken);

    /// <summary>Every live conversation the user was last seen in (personal, group chat or team), most recent first.</summary>
    public Task<IReadOnlyList<StoredConversationReference>> ForUserAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        records.ForUserAsync(userAadObjectId, cancellationToken);

    /// <summary>Marks the conversation dead for everyone in it; returns false when no reference to it is stored.</summary>
    public Task<bool> MarkDeadAsync(string conversationId, CancellationToken cancellationToken)
    {
        foreach (var key in written.Keys.Where(k => k.Conversation == conversationId))
        {
            written.TryRemove(key, out _);
        }

        return records.MarkDeadAsync(conversationId, cancellationToken);
    }

    /// <summary>Every stored reference, dead ones included, most recently seen first.</summary>
    public Task<IReadOnlyList<StoredConversationReference>> ListAsync(CancellationToken cancellationToken) => records.ListAsync(cancellationToken);
}

/// <summary>
/// Where conversation references are kept. The contract (tests/…/Storage/ConversationReferenceContract.cs) holds for
/// every backend: one reference per conversation and user (AAD object ids compare case-insensitively), last-seen never
/// moves back, a reference written again is alive again.
/// </summary>
public interface IConversationReferenceRecords
{
    Task UpsertAsync(StoredConversationReference reference, CancellationToken cancellationToken);

    Task<StoredConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken);

    Task<StoredConversationReference?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredConversationReference>> ForUserAsync(string userAadObjectId, CancellationToken cancellationToken);

    Task<bool> MarkDeadAsync(string conversationId, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredConversationReference>> ListAsync(CancellationToken cancellationToken);
}
