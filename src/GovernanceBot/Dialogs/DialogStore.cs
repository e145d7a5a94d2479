using GovernanceBot.BotFramework;
using GovernanceBot.Storage;

namespace GovernanceBot.Dialogs;

/// <summary>
/// Each user's dialog in a conversation, kept in the conversation's state (SQLite) so a restarted host resumes it.
/// Keyed per user, so people in a group chat each fill in their own form.
/// </summary>
public sealed class DialogStore(ConversationState conversationState)
{
    readonly System.Runtime.CompilerServices.ConditionalWeakTable<Activity, StateBag> turnBags = [];

    public Task<DialogSlot?> LoadAsync(Activity activity, CancellationToken cancellationToken) => LoadAsync(activity, "dialog", cancellationToken);

    /// <summary>The user's slot for <paramref name="kind"/> (a form's dialog, a decline waiting for its reason); null when the activity names no user or conversation.</summary>
    public async Task<DialogSlot?> LoadAsync(Activity activity, string kind, CancellationToken cancellationToken)
    {
        if (activity is not { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation }
            || UserKey(activity) is not { } user)
        {
            return null;
        }

        // A message is offered to a waiting decline and then to a form, both in the same conversation state: the
        // turn reads it once. Saving updates the bag in place, so later slots of the turn see the new ETag.
        if (!turnBags.TryGetValue(activity, out var bag))
        {
            bag = await conversationState.LoadAsync(channel, conversation, cancellationToken);
            turnBags.AddOrUpdate(activity, bag);
        }

        return new DialogSlot(bag, $"{kind}:{user}");
    }

    /// <summary>Saves the slot's dialog, or removes it when null. A concurrent change throws <see cref="StateConflictException"/>.</summary>
    public Task SaveAsync(DialogSlot slot, DialogState? dialog, CancellationToken cancellationToken) => SaveValueAsync(slot, dialog, cancellationToken);

    /// <summary>Saves what the slot holds (a dialog, a decline waiting for its reason), or removes it when null.</summary>
    public Task SaveValueAsync<T>(DialogSlot slot, T? value, CancellationToken cancellationToken)
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

    static string? UserKey(Activity activity) => activity.From?.AadObjectId is { Length: > 0 } aad ? aad.ToLowerInvariant() : activity.From?.Id;
}

/// <summary>One user's place in the conversation state: the bag as loaded and the property their dialog lives in.</summary>
public sealed record DialogSlot(StateBag Bag, string Property)
{
    public DialogState? Dialog => Bag.Get<DialogState>(Property);
}
