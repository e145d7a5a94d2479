using System.Collections.Concurrent;
using GovernanceBot.Notifications;

namespace GovernanceBot.Tests.Notifications;

/// <summary>Records deliveries as they complete, after a short varying pause, so deliveries overlap as they would on a network.</summary>
sealed class RecordingChannel(string? failOnce = null) : INotificationChannel
{
    readonly ConcurrentQueue<(string Recipient, string Key, int Sequence)> delivered = new();
    int failures;
    int inFlight;
    int mostAtOnce;

    public IReadOnlyList<string> Keys => delivered.Select(d => d.Key).ToList();

    public int MostAtOnce => Volatile.Read(ref mostAtOnce);

    public IReadOnlyList<int> SequenceOf(string recipient) => delivered.Where(d => d.Recipient == recipient).Select(d => d.Sequence).ToList();

    public async Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref inFlight);
        InterlockedMax(ref mostAtOnce, now);
        try
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 4)), cancellationToken);
            if (notification.IdempotencyKey == failOnce && Interlocked.Increment(ref failures) == 1)
            {
                throw new HttpRequestException("Teams is unavailable");
            }

            delivered.Enqueue((notification.RecipientAadObjectId, notification.IdempotencyKey, int.Parse(notification.Message.Title)));
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
