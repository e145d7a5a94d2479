using GovernanceBot.BotFramework;

namespace GovernanceBot.Requests.Conversation;

/// <summary>
/// A decline waiting for the decider: for its reason (<see cref="Reason"/> null), then for their confirmation. Kept per
/// user beside their form, so it survives a restart of the host, and another user's turn, like the forms do.
/// </summary>
public sealed record PendingDecline(string RequestId, string Reference, int Version, string? CardActivityId, string? Reason = null);

public sealed class PendingDeclines(DialogStore store)
{
    public Task<DialogSlot?> LoadAsync(Activity activity, CancellationToken cancellationToken) => store.LoadAsync(activity, DialogStore.DeclineSlot, cancellationToken);

    public static PendingDecline? In(DialogSlot slot) => slot.Get<PendingDecline>();

    /// <summary>Saves the pending decline, or removes it when null. A concurrent change throws <see cref="Storage.StateConflictException"/>.</summary>
    public Task SaveAsync(DialogSlot slot, PendingDecline? pending, CancellationToken cancellationToken) => store.SaveAsync(slot, pending, cancellationToken);
}
