using System.Runtime.CompilerServices;
using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Storage;

namespace GovernanceBot.Requests.Conversation;

/// <summary>
/// Each user's dialogs in a conversation (their form, a decline waiting for its reason), kept in a state document of
/// their own (SQLite) so a restarted host resumes them, and so that nothing one user does, or a failure in their turn,
/// can touch another user's form in the same group chat.
/// </summary>
public sealed class DialogStore(ConversationState conversationState)
{
    public const string FormSlot = "dialog";
    public const string DeclineSlot = "decline";

    readonly ConditionalWeakTable<Activity, StateBag> turnBags = [];

    /// <summary>The user's slot for <paramref name="kind"/>; null when the activity names no user or conversation.</summary>
    /// <exception cref="DialogStateUnreadableException">The user's stored state cannot be read.</exception>
    public async Task<DialogSlot?> LoadAsync(Activity activity, string kind, CancellationToken cancellationToken)
    {
        if (Key(activity) is not var (channel, id))
        {
            return null;
        }

        // A message is offered to a waiting decline and then to a form: the turn reads the user's document once, and
        // saving updates the bag in place, so later slots of the turn see the new ETag.
        if (!turnBags.TryGetValue(activity, out var bag))
        {
            try
            {
                bag = await conversationState.LoadAsync(channel, id, cancellationToken);
            }
            catch (JsonException unreadable)
            {
                throw new DialogStateUnreadableException(unreadable);
            }

            turnBags.AddOrUpdate(activity, bag);
        }

        return new DialogSlot(bag, kind);
    }

    /// <summary>The user's slot in another conversation of theirs (their personal chat, for a form started from a group).</summary>
    public async Task<DialogSlot?> LoadInAsync(Activity activity, string conversationId, string kind, CancellationToken cancellationToken)
    {
        if (activity.ChannelId is not { Length: > 0 } channel || UserKey(activity) is not { } user)
        {
            return null;
        }

        try
        {
            return new DialogSlot(await conversationState.LoadAsync(channel, $"{conversationId}/dialogs/{user}", cancellationToken), kind);
        }
        catch (JsonException unreadable)
        {
            throw new DialogStateUnreadableException(unreadable);
        }
    }

    /// <summary>Saves what the slot holds, or removes it when null. A concurrent change throws <see cref="StateConflictException"/>.</summary>
    public Task SaveAsync<T>(DialogSlot slot, T? value, CancellationToken cancellationToken)
        where T : class
    {
        if (value is null)
        {
            slot.Bag.Remove(slot.Property);
        }
        else
        {
            slot.Bag.Set(slot.Property, value);
        }

        return conversationState.SaveAsync(slot.Bag, cancellationToken);
    }

    /// <summary>Forgets what this turn read, so a retried turn reads the state afresh.</summary>
    public void ForgetTurn(Activity activity) => turnBags.Remove(activity);

    /// <summary>Deletes this user's dialogs in this conversation, and no one else's.</summary>
    public Task ResetAsync(Activity activity, CancellationToken cancellationToken)
    {
        ForgetTurn(activity);
        return Key(activity) is var (channel, id) ? conversationState.ResetAsync(channel, id, cancellationToken) : Task.CompletedTask;
    }

    static (string Channel, string Id)? Key(Activity activity) =>
        activity is { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation } && UserKey(activity) is { } user
            ? (channel, $"{conversation}/dialogs/{user}")
            : null;

    static string? UserKey(Activity activity) => activity.From?.AadObjectId is { Length: > 0 } aad ? aad.ToLowerInvariant() : activity.From?.Id;
}

/// <summary>One user's place in the conversation: their state document as loaded and the property a dialog lives in.</summary>
public sealed record DialogSlot(StateBag Bag, string Property)
{
    /// <exception cref="DialogStateUnreadableException">What is stored is not a dialog.</exception>
    public T? Get<T>()
        where T : class
    {
        try
        {
            return Bag.Get<T>(Property);
        }
        catch (Exception e) when (e is JsonException or NotSupportedException or InvalidOperationException)
        {
            throw new DialogStateUnreadableException(e);
        }
    }

    public DialogState? Dialog => Get<DialogState>();
}

/// <summary>A user's stored dialog state cannot be read: the one failure that resets their dialogs (and only theirs).</summary>
public sealed class DialogStateUnreadableException(Exception inner) : Exception("A user's dialog state could not be read.", inner);
