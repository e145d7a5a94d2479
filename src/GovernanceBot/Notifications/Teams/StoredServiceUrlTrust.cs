using GovernanceBot.BotFramework;
using GovernanceBot.Storage;

namespace GovernanceBot.Notifications.Teams;

/// <summary>
/// After a restart, trusts again the service URLs of the stored conversation references that are not dead, so
/// notifications can be sent before each conversation's next turn. Those URLs came in authenticated turns; nothing
/// else is trusted here. Runs while the host is starting, before the dispatcher's first pass.
/// </summary>
sealed partial class StoredServiceUrlTrust(ConversationReferenceStore references, TrustedServiceUrls trusted, ILogger<StoredServiceUrlTrust> logger)
    : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        List<string> origins;
        try
        {
            origins = (await references.ListAsync(cancellationToken)).Where(r => !r.Dead).Select(r => r.ServiceUrl).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Shared storage not reachable yet: the Teams channel trusts each stored reference as it sends to it anyway.
            LogUnavailable(logger, e.GetType().Name);
            return;
        }

        origins.ForEach(trusted.Trust);
        LogTrusted(logger, origins.Count);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Stored conversations could not be read at start-up ({Error}); their service URLs are trusted as notifications are sent")]
    static partial void LogUnavailable(ILogger logger, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Trusted the {Count} service URLs of stored conversations again")]
    static partial void LogTrusted(ILogger logger, int count);
}
