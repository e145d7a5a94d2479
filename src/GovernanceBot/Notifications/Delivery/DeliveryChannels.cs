using GovernanceBot.BotFramework;
using GovernanceBot.Notifications.Mail;
using GovernanceBot.Notifications.Teams;

using Microsoft.Extensions.Options;

namespace GovernanceBot.Notifications.Delivery;

/// <summary>
/// How a notification reaches a person, in order: Teams (their personal chat, or one created from a conversation they
/// were seen in), then email through Graph when <c>Notifications:Mail</c> is on and they have an address. In local
/// mode (no <c>MicrosoftAppId</c>) every notification is also filed in the local inbox first, and Teams is
/// best-effort: the Playground shows it as a proactive message to anyone who has spoken to the bot, and a Playground
/// that has gone away does not fail the row. Outside local mode a person neither channel reaches is a failure the
/// dispatcher retries with backoff and, after the last attempt, abandons (logged and audited).
/// Each channel skips a key it has already sent, so a retry after a partial delivery sends only what is missing.
/// </summary>
public sealed partial class DeliveryChannels(
    TeamsNotificationChannel teams,
    LocalOutboxChannel inbox,
    IOptions<BotFrameworkOptions> bot,
    ILogger<DeliveryChannels> logger,
    MailNotificationChannel? mail = null) : INotificationChannel
{
    public async Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        if (bot.Value.IsLocalMode)
        {
            await inbox.DeliverAsync(notification, cancellationToken);
            await TryTeamsLocallyAsync(notification, cancellationToken);
            return;
        }

        if (await teams.TrySendAsync(notification, cancellationToken))
        {
            return;
        }

        if (mail is not null && await mail.TrySendAsync(notification, cancellationToken))
        {
            return;
        }

        throw new RecipientUnreachableException(mail is null
            ? "The recipient has no Teams conversation with the bot, and mail is not configured."
            : "The recipient has no Teams conversation with the bot and no email address on record.");
    }

    async Task TryTeamsLocallyAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        try
        {
            await teams.TrySendAsync(notification, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogLocalTeamsFailed(logger, notification.Message.Kind, notification.Message.Reference, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local mode: {Kind} for {Reference} is in the local inbox but could not be shown in the Playground ({Error})")]
    static partial void LogLocalTeamsFailed(ILogger logger, string kind, string reference, string error);
}
