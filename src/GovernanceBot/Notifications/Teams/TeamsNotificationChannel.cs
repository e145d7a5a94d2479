using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Storage;

namespace GovernanceBot.Notifications.Teams;

/// <summary>
/// Delivers a notification as a Teams proactive message: to the recipient's personal chat with the bot when one is
/// stored, otherwise into a personal chat created from a team or group conversation the recipient spoke in (their
/// Teams id, tenant and service URL are known from it). A conversation whose writes are blocked is marked dead and
/// the next one is tried. Service URLs come only from stored references, which came from authenticated turns.
/// </summary>
public sealed partial class TeamsNotificationChannel(
    ConversationReferenceStore references,
    ConnectorClientFactory connectors,
    TrustedServiceUrls trusted,
    SentNotifications sent,
    INotificationCards cards,
    TimeProvider time,
    ILogger<TeamsNotificationChannel> logger) : INotificationChannel
{
    public const string Name = "teams";

    public async Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        if (!await TrySendAsync(notification, cancellationToken))
        {
            throw new RecipientUnreachableException("The recipient has no Teams conversation with the bot.");
        }
    }

    /// <summary>True when sent now or already sent under this key; false when no Teams conversation reaches the recipient.</summary>
    public async Task<bool> TrySendAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        if (await sent.WasSentAsync(notification.IdempotencyKey, Name, cancellationToken))
        {
            LogAlreadySent(logger, notification.Message.Reference, notification.Message.Kind);
            return true;
        }

        var recipient = notification.RecipientAadObjectId;
        while (await references.FindPersonalAsync(recipient, cancellationToken) is { } personal)
        {
            if (await TrySendToAsync(personal, notification, cancellationToken))
            {
                return true;
            }
        }

        var seenElsewhere = (await references.ForUserAsync(recipient, cancellationToken))
            .Where(r => r.ConversationType != StoredConversationReference.Personal)
            .DistinctBy(r => (r.ServiceUrl, r.TenantId, r.UserId, r.BotId));
        foreach (var known in seenElsewhere)
        {
            if (await CreatePersonalChatAsync(known, cancellationToken) is { } created
                && await TrySendToAsync(created, notification, cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    async Task<bool> TrySendToAsync(StoredConversationReference to, PendingNotification notification, CancellationToken cancellationToken)
    {
        // A stored reference came from an authenticated turn, perhaps on another instance: its origin is trusted here too.
        trusted.Trust(to.ServiceUrl);
        try
        {
            await connectors.Create(to.ServiceUrl).SendToConversationAsync(to.ConversationId, Message(to, notification.Message), cancellationToken);
        }
        catch (ConversationBlockedException)
        {
            await references.MarkDeadAsync(to.ConversationId, cancellationToken);
            LogBlocked(logger, notification.Message.Reference, notification.Message.Kind);
            return false;
        }

        await sent.RecordAsync(notification.IdempotencyKey, Name, cancellationToken);
        LogSent(logger, notification.Message.Reference, notification.Message.Kind);
        return true;
    }

    /// <summary>
    /// Opens (or, as the call is idempotent, finds) the personal chat and stores its reference, so the next
    /// notification goes straight to it. Null when the user has blocked the bot.
    /// </summary>
    async Task<StoredConversationReference?> CreatePersonalChatAsync(StoredConversationReference known, CancellationToken cancellationToken)
    {
        trusted.Trust(known.ServiceUrl);
        var parameters = ConversationParameters.PersonalChat(known.UserId, known.TenantId);
        parameters.Bot = new ChannelAccount { Id = known.BotId, Name = known.BotName };
        ConversationResourceResponse created;
        try
        {
            created = await connectors.Create(known.ServiceUrl).CreateConversationAsync(parameters, cancellationToken);
        }
        catch (ConversationBlockedException)
        {
            return null;
        }

        if (string.IsNullOrEmpty(created.Id))
        {
            return null;
        }

        // The service URL is the stored one, vouched for by an authenticated turn; any URL in the answer is ignored.
        var personal = known with { ConversationId = created.Id, ConversationType = StoredConversationReference.Personal, LastSeenUtc = time.GetUtcNow(), Dead = false };
        await references.UpsertAsync(personal, cancellationToken);
        return personal;
    }

    Activity Message(StoredConversationReference to, NotificationMessage message)
    {
        var card = cards.For(message);
        return new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = to.ChannelId,
            ServiceUrl = to.ServiceUrl,
            Conversation = new ConversationAccount { Id = to.ConversationId, ConversationType = StoredConversationReference.Personal, TenantId = to.TenantId },
            From = new ChannelAccount { Id = to.BotId, Name = to.BotName },
            Recipient = new ChannelAccount { Id = to.UserId, AadObjectId = to.UserAadObjectId },
            Text = card.ToPlainText(),
            TextFormat = "plain",
            Summary = message.Title,
            Attachments = [new Attachment { ContentType = CardAttachment.ContentType, Content = card.ToJson() }],
            ChannelData = new TeamsChannelData { Notification = new NotificationInfo(Alert: true) },
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Sent {Kind} for {Reference} to Teams")]
    static partial void LogSent(ILogger logger, string reference, string kind);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} for {Reference} was already sent to Teams; not sending it again")]
    static partial void LogAlreadySent(ILogger logger, string reference, string kind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams refused {Kind} for {Reference}: the conversation is blocked; marked it dead")]
    static partial void LogBlocked(ILogger logger, string reference, string kind);
}
