using GovernanceBot.BotFramework;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>
/// Keeps the reference to every conversation an authenticated turn came from, so notifications can reach it later.
/// Proactive turns never write one: their service URL was not vouched for by the channel.
/// </summary>
public sealed class ConversationReferenceRecorder(ConversationReferenceStore store, TimeProvider time)
{
    public async Task RecordAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (!turn.Authentication.IsInbound
            || activity is not { Conversation.Id: { Length: > 0 } conversationId, ServiceUrl: { Length: > 0 } serviceUrl, From.Id: { Length: > 0 } userId })
        {
            return;
        }

        await store.UpsertAsync(
            new StoredConversationReference(
                UserAadObjectId: activity.From.AadObjectId ?? userId,
                UserId: userId,
                ConversationId: conversationId,
                ConversationType: activity.Conversation.ConversationType ?? StoredConversationReference.Personal,
                ServiceUrl: serviceUrl,
                ChannelId: activity.ChannelId ?? "msteams",
                TenantId: activity.GetTenantId() ?? "",
                BotId: activity.Recipient?.Id ?? "",
                BotName: activity.Recipient?.Name,
                LastSeenUtc: time.GetUtcNow(),
                Dead: false),
            cancellationToken);
    }
}
