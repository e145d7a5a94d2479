using GovernanceBot.Notifications;
using GovernanceBot.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Drain;

/// <summary>A burst in the outbox: personal chats for the recipients and notifications dealt to them in turn.</summary>
static class Seed
{
    public const string TitlePrefix = "Notice ";

    public static async Task WriteAsync(DispatcherInstance instance, int notifications, int recipients, string serviceUrl)
    {
        var references = instance.Services.GetRequiredService<ConversationReferenceStore>();
        var seen = DateTimeOffset.UtcNow.AddMinutes(-5);
        for (var r = 0; r < recipients; r++)
        {
            await references.UpsertAsync(new StoredConversationReference(
                Recipient(r), $"29:user-{r}", $"a:personal-{r}", StoredConversationReference.Personal, serviceUrl, "msteams",
                "tenant-1", "28:governancebot", "GovernanceBot", seen, Dead: false), CancellationToken.None);
        }

        // Through the store the instance was composed with (SQLite or Azure Tables), one request's notice at a time, each a
        // tick after the last, as requests made one after another queue them: queue order is the order checked on arrival.
        var outbox = instance.Services.GetRequiredService<IOutboxRecords>();
        var start = DateTimeOffset.UtcNow.AddSeconds(-1);
        for (var n = 0; n < notifications; n++)
        {
            var message = new NotificationMessage("decision-needed", $"drain-request-{n}", $"DER-2026-{n:D5}", "derby", "officer-attendance", 1,
                $"{TitlePrefix}{n}", "A request waits for your decision.", "Derby Working Together Protocol, para 28", Confidential: false, Actionable: false);
            await outbox.EnqueueAsync([new OutboxMessage($"drain-{n}", Recipient(n % recipients), message)], null, start.AddTicks(n), CancellationToken.None);
        }
    }

    static string Recipient(int index) => $"00000000-0000-4000-8000-{index:D12}";
}
