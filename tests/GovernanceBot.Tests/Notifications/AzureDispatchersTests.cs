using GovernanceBot.Notifications;
using GovernanceBot.Tests.Requests.Workflow;
using GovernanceBot.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Tests.Notifications;

/// <summary>The dispatchers of two instances on one Azure Storage account (Azurite), each with its own clients.</summary>
public sealed class AzureDispatchersTests : IAsyncLifetime
{
    readonly AzuriteBackend backend = new();
    readonly ManualTime time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    readonly NotificationOptions options = new() { DeliveryParallelism = 8, FirstRetrySeconds = 10, MaxAttempts = 3 };

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => backend.DisposeAsync().AsTask();

    [Fact]
    public async Task TwoDispatchersOnTwoInstancesDeliverEachNotificationOnceAndInOrder()
    {
        var outbox = (await backend.OpenAsync()).Outbox;
        const int perRecipient = 15;
        for (var sequence = 0; sequence < perRecipient; sequence++)
        {
            // One request per sequence number, announced to every recipient in one batch, as a state change queues them.
            var messages = ParallelDeliveryTests.Recipients.Select(recipient => new OutboxMessage(ParallelDeliveryTests.Key(recipient, sequence), recipient,
                new NotificationMessage("decision-needed", $"request-{sequence}", $"DER-2026-{sequence:D4}", "derby", "officer-attendance", 1, $"{sequence}",
                    "A request waits for your decision.", "Derby Working Together Protocol, para 28", Confidential: false, Actionable: false))).ToList();
            await outbox.EnqueueAsync(messages, null, time.GetUtcNow(), CancellationToken.None);
            time.Advance(TimeSpan.FromMilliseconds(1));
        }

        var channel = new RecordingChannel();
        var dispatchers = new[] { await DispatcherAsync(channel), await DispatcherAsync(channel) };
        var counts = await Task.WhenAll(dispatchers.Select(d => Task.Run(() => d.DispatchPendingAsync(CancellationToken.None))));

        var total = perRecipient * ParallelDeliveryTests.Recipients.Length;
        Assert.Equal(total, counts.Sum());
        Assert.Equal(total, channel.Keys.Count);
        Assert.Equal(total, channel.Keys.Distinct().Count());
        Assert.All(ParallelDeliveryTests.Recipients, recipient => Assert.Equal(Enumerable.Range(0, perRecipient), channel.SequenceOf(recipient)));
        Assert.Equal(0, await outbox.PendingCountAsync(CancellationToken.None));
    }

    async Task<NotificationDispatcher> DispatcherAsync(INotificationChannel channel) =>
        new((await backend.OpenAsync()).Outbox, channel, Options.Create(options), time, NullLogger<NotificationDispatcher>.Instance);
}
