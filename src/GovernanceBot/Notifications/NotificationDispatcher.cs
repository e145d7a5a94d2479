using System.Collections.Concurrent;

using Microsoft.Extensions.Options;

namespace GovernanceBot.Notifications;

/// <summary>
/// Delivers the outbox in the background: claims due rows in batches, delivers to up to
/// <see cref="NotificationOptions.DeliveryParallelism"/> recipients at once (each recipient's rows one after another, in
/// queue order) and records each outcome. A row whose delivery was cut short by the process dying stays leased until its
/// lease runs out and is then delivered by whichever dispatcher runs next (at-least-once; channels dedupe by key).
/// </summary>
public sealed partial class NotificationDispatcher(
    IOutboxRecords claims,
    INotificationChannel channel,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    // Few enough rows to one recipient per batch that the last of them is delivered long before its lease runs out.
    const int PerRecipientPerBatch = 8;

    /// <summary>Delivers every row due now, batch after batch until none is left; returns how many were delivered.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var delivered = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var batch = await claims.ClaimBatchAsync(time.GetUtcNow(), TimeSpan.FromSeconds(settings.LeaseSeconds),
                limit: settings.DeliveryParallelism * 4, PerRecipientPerBatch, cancellationToken);
            if (batch.Count == 0)
            {
                return delivered;
            }

            var recipients = batch.GroupBy(row => row.RecipientAadObjectId, StringComparer.OrdinalIgnoreCase);
            var attempted = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
            try
            {
                await Parallel.ForEachAsync(recipients, new ParallelOptions { MaxDegreeOfParallelism = settings.DeliveryParallelism, CancellationToken = cancellationToken },
                    async (rows, token) => Interlocked.Add(ref delivered, await DeliverInOrderAsync([.. rows], attempted, settings, token)));
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutting down: rows never tried go back at once; a row cut short mid-delivery keeps its lease, which
                // runs out before another dispatcher retries it (its channel skips a key it already sent).
                await claims.ReleaseAsync(batch.Where(row => !attempted.ContainsKey(row.Id)), CancellationToken.None);
                throw;
            }
        }
    }

    /// <summary>One recipient's rows, oldest first; a failure leaves the rest for after its retry, so order holds.</summary>
    async Task<int> DeliverInOrderAsync(
        PendingNotification[] rows, ConcurrentDictionary<string, bool> attempted, NotificationOptions settings, CancellationToken cancellationToken)
    {
        var delivered = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            var notification = rows[i];
            cancellationToken.ThrowIfCancellationRequested();
            attempted[notification.Id] = true;
            try
            {
                await channel.DeliverAsync(notification, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception e)
            {
                var abandoned = await claims.MarkFailedAsync(notification, time.GetUtcNow(), e.GetType().Name, settings, cancellationToken);
                LogFailed(logger, notification.Message.Reference, notification.Message.Kind, notification.Attempt, abandoned, e.GetType().Name);
                if (!abandoned)
                {
                    await claims.ReleaseAsync(rows[(i + 1)..], cancellationToken);
                    return delivered;
                }

                continue;
            }

            if (await claims.MarkDeliveredAsync(notification, time.GetUtcNow(), cancellationToken))
            {
                delivered++;
            }
        }

        return delivered;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(options.Value.PollSeconds), time);
        do
        {
            try
            {
                await DispatchPendingAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogDispatchError(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification {Kind} for {Reference} failed on attempt {Attempt} ({Error}); abandoned: {Abandoned}")]
    static partial void LogFailed(ILogger logger, string reference, string kind, int attempt, bool abandoned, string error);

    [LoggerMessage(Level = LogLevel.Error, Message = "The notification dispatcher failed a pass; it will try again")]
    static partial void LogDispatchError(ILogger logger, Exception exception);
}
