using GovernanceBot.BotFramework;
using GovernanceBot.Storage;

namespace GovernanceBot.Dialogs;

/// <summary>
/// A decline that arrived without its reason, waiting for the decider to type it. Kept per user in the conversation's
/// state beside their form, so it survives a restart of the host like the forms do.
/// </summary>
public sealed record PendingDecline(long RequestId, string Reference, int Version, string? CardActivityId);

public sealed class PendingDeclines(DialogStore store)
{
    public Task<DialogSlot?> LoadAsync(Activity activity, CancellationToken cancellationToken) => store.LoadAsync(activity, "decline", cancellationToken);

    public static PendingDecline? In(DialogSlot slot) => slot.Bag.Get<PendingDecline>(slot.Property);

    /// <summary>Saves the pending decline, or removes it when null. A concurrent change throws <see cref="StateConflictException"/>.</summary>
    public Task SaveAsync(DialogSlot slot, PendingDecline? pending, CancellationToken cancellationToken) => store.SaveValueAsync(slot, pending, cancellationToken);
}
