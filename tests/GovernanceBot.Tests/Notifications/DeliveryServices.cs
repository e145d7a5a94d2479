using GovernanceBot.Requests.Cards;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.BotFramework;
using GovernanceBot.Notifications;
using GovernanceBot.Notifications.Teams;
using GovernanceBot.Storage;
using GovernanceBot.Tests.BotFramework.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace GovernanceBot.Tests.Notifications;

/// <summary>The Teams channel over a real SQLite file and the real connector client in local mode (loopback trusted).</summary>
sealed class DeliveryServices : IDisposable
{
    readonly string folder = Directory.CreateTempSubdirectory("governancebot-delivery-").FullName;
    readonly ServiceProvider connector = ConnectorServices.Local();

    public DeliveryServices()
    {
        Database = new SqliteDatabase(Path.Combine(folder, "governancebot.db"),
            [new ConversationReferenceSchema(), new SentNotificationsSchema(), new NotificationsSchema()]);
        References = new ConversationReferenceStore(new SqliteConversationReferenceRecords(Database));
        Sent = new SentNotifications(new SqliteSentKeyRecords(Database), TimeProvider.System);
        Teams = new TeamsNotificationChannel(References, connector.GetRequiredService<ConnectorClientFactory>(), connector.GetRequiredService<TrustedServiceUrls>(), Sent, new RequestNotificationCards(), TimeProvider.System,
            NullLogger<TeamsNotificationChannel>.Instance);
    }

    public SqliteDatabase Database { get; }

    public ConversationReferenceStore References { get; }

    public SentNotifications Sent { get; }

    public TeamsNotificationChannel Teams { get; }

    public static PendingNotification Notification(string recipient, string key = "req-1:decision-needed", bool confidential = false) => new(
        "1", key, recipient,
        new NotificationMessage("decision-needed", RequestIds.FromForm("form-1"), "DER-2026-0001", "derby", "officer-attendance", 1, "DER-2026-0001: for your decision",
            "Alex Morgan asks for the Head of Planning.", "Derby Working Together Protocol, para 28", confidential, Actionable: true),
        Attempt: 1);

    public static StoredConversationReference Reference(string recipient, string conversationId, string serviceUrl, string type = StoredConversationReference.Personal, DateTimeOffset? seen = null) =>
        new(recipient, $"29:{recipient}", conversationId, type, serviceUrl, "msteams", "tenant-1", "28:governancebot", "GovernanceBot",
            seen ?? new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), Dead: false);

    public void Dispose()
    {
        connector.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
