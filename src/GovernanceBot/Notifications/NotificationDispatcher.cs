using Microsoft.Extensions.Options;

namespace GovernanceBot.Notifications;

/// <summary>
/// Delivers the outbox in the background: claims due rows one at a time, hands each to the channel, and
/// records the outcome. A row whose delivery was cut short by the process dying stays leased until its lease
/// runs out and is then delivered by whichever dispatcher runs next (at-least-once; channels dedupe by key).
/// </summary>
public sealed partial class NotificationDispatcher(
    Storage.SqliteDatabase database,
    INotificationChannel channel,
    IOptions<NotificationOptions> options,
    TimeProvider time,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    const int BatchLimit = 200;

    readonly OutboxClaims claims = new(database);

    /// <summary>Delivers every row due now (up to a batch limit); returns how many were delivered.</summary>
    public async Task<int> DispatchPendingAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var delivered = 0;
        for (var i = 0; i < BatchLimit; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (claims.ClaimNext(time.GetUtcNow(), TimeSpan.FromSeconds(settings.LeaseSeconds)) is not { } notification)
            {
                break;
            }

            try
            {
                await channel.DeliverAsync(notification, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Shutting down mid-delivery: leave the lease to expire so the next dispatcher retries the row.
                throw;
            }
            catch (Exception e)
            {
                var abandoned = claims.MarkFailed(notification, time.GetUtcNow(), e.GetType().Name, settings);
                LogFailed(logger, notification.Message.Reference, notification.Message.Kind, notification.Attempt, abandoned, e.GetType().Name);
                continue;
            }

            if (claims.MarkDelivered(notification, time.GetUtcNow()))
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
