namespace GovernanceBot.Storage;

/// <summary>
/// What the bot needs to message a conversation later (proactively): where its connector is and who is in it.
/// For a team or group conversation the user is the one who spoke last. <see cref="Dead"/> marks a conversation
/// the connector refuses writes to (the user uninstalled the app, or the chat is gone).
/// </summary>
public sealed record StoredConversationReference(
    string UserAadObjectId,
    string UserId,
    string ConversationId,
    string ConversationType,
    string ServiceUrl,
    string ChannelId,
    string TenantId,
    string BotId,
    string? BotName,
    DateTimeOffset LastSeenUtc,
    bool Dead)
{
    /// <summary>The Teams <c>conversationType</c> of a one-to-one chat with the bot.</summary>
    public const string Personal = "personal";
}
