using GovernanceBot.BotFramework;
using GovernanceBot.Storage;

namespace GovernanceBot.Requests.Conversation;

/// <summary>
/// The sender's personal chat with the bot, for what must not be shown where the turn came from (a confidential form,
/// list or request asked for in a group chat or channel). Found from the stored references, else created (Teams
/// returns the existing chat) through this turn's connector, whose service URL the channel vouched for.
/// </summary>
public sealed class PrivateChats(ConversationReferenceStore references, TimeProvider time)
{
    /// <summary>The sender's personal chat's id, or null when it cannot be reached (no user id or tenant, or the user blocked the bot).</summary>
    public async Task<string?> OpenAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.From is not { Id: { Length: > 0 } userId, AadObjectId: { Length: > 0 } aad })
        {
            return null;
        }

        if (await references.FindPersonalAsync(aad, cancellationToken) is { } known)
        {
            return known.ConversationId;
        }

        var parameters = ConversationParameters.PersonalChat(userId, activity.GetTenantId() ?? "");
        parameters.Bot = activity.Recipient;
        ConversationResourceResponse created;
        try
        {
            created = await turn.Connector.CreateConversationAsync(parameters, cancellationToken);
        }
        catch (ConversationBlockedException)
        {
            return null;
        }

        if (string.IsNullOrEmpty(created.Id) || activity.ServiceUrl is not { Length: > 0 } serviceUrl)
        {
            return null;
        }

        await references.UpsertAsync(new StoredConversationReference(aad, userId, created.Id, StoredConversationReference.Personal, serviceUrl,
            activity.ChannelId ?? "msteams", activity.GetTenantId() ?? "", activity.Recipient?.Id ?? "", activity.Recipient?.Name,
            time.GetUtcNow(), Dead: false), cancellationToken);
        return created.Id;
    }

    /// <summary>Sends <paramref name="message"/> to the personal chat <paramref name="conversationId"/>.</summary>
    public Task SendAsync(ITurnContext turn, string conversationId, Activity message, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        message.Type ??= ActivityTypes.Message;
        message.ChannelId = activity.ChannelId;
        message.ServiceUrl = activity.ServiceUrl;
        message.From = activity.Recipient;
        message.Recipient = activity.From;
        message.ReplyToId = null;
        message.Conversation = new ConversationAccount { Id = conversationId, ConversationType = StoredConversationReference.Personal, TenantId = activity.GetTenantId() };
        return turn.Connector.SendToConversationAsync(conversationId, message, cancellationToken);
    }

    /// <summary>Whether the turn came from the sender's personal chat (or a client that does not say, such as a test).</summary>
    public static bool IsPersonal(Activity activity) => activity.Conversation?.ConversationType is null or StoredConversationReference.Personal;
}
