using GovernanceBot.People;

using Microsoft.Extensions.Options;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Users.Item.SendMail;

namespace GovernanceBot.Notifications.Mail;

/// <summary>
/// Mails a notification through Microsoft Graph from the configured sender mailbox to the recipient's address in
/// the directory (Entra ID when Graph is on). The mail carries only what the notification says, which never
/// includes a report's words, and sends the reader back to Teams to act.
/// </summary>
public sealed partial class MailNotificationChannel(
    GraphServiceClient graph,
    ICouncilDirectory directory,
    SentNotifications sent,
    IOptions<MailOptions> options,
    ILogger<MailNotificationChannel> logger) : INotificationChannel
{
    public const string Name = "mail";

    public async Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        if (!await TrySendAsync(notification, cancellationToken))
        {
            throw new RecipientUnreachableException("The recipient has no email address on record.");
        }
    }

    /// <summary>True when mailed now or already mailed under this key; false when the recipient has no address.</summary>
    public async Task<bool> TrySendAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        if (await sent.WasSentAsync(notification.IdempotencyKey, Name, cancellationToken))
        {
            return true;
        }

        var message = notification.Message;
        var person = await directory.FindPersonAsync(message.CouncilId, notification.RecipientAadObjectId, cancellationToken);
        if (person?.Email is not { Length: > 0 } address)
        {
            return false;
        }

        await graph.Users[options.Value.Sender].SendMail.PostAsync(
            new SendMailPostRequestBody { Message = Mail(message, address), SaveToSentItems = false },
            cancellationToken: cancellationToken);
        await sent.RecordAsync(notification.IdempotencyKey, Name, cancellationToken);
        LogMailed(logger, message.Reference, message.Kind);
        return true;
    }

    internal static Message Mail(NotificationMessage message, string address) => new()
    {
        Subject = message.Title,
        Body = new ItemBody { ContentType = BodyType.Text, Content = Body(message) },
        ToRecipients = [new Recipient { EmailAddress = new EmailAddress { Address = address } }],
        Importance = message.Actionable ? Importance.High : Importance.Normal,
    };

    static string Body(NotificationMessage message)
    {
        var lines = new List<string> { message.Text, "" };
        if (!string.IsNullOrWhiteSpace(message.CitedAs))
        {
            lines.Add($"Protocol: {message.CitedAs}");
        }

        lines.Add($"Reference: {message.Reference}");
        if (message.Confidential)
        {
            lines.Add("This concerns a confidential matter: please do not forward this email.");
        }

        lines.Add("");
        lines.Add(message.Actionable
            ? $"Open GovernanceBot in Microsoft Teams and ask for {message.Reference} to act on it."
            : "You can see your requests in GovernanceBot in Microsoft Teams.");
        return string.Join("\n", lines);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mailed {Kind} for {Reference}")]
    static partial void LogMailed(ILogger logger, string reference, string kind);
}
