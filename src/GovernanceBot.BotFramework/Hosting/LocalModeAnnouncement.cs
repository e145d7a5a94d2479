using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework;

/// <summary>Says once, loudly, at start-up that the bot accepts anonymous loopback callers.</summary>
internal sealed partial class LocalModeAnnouncement(IOptions<BotFrameworkOptions> options, ILogger<LocalModeAnnouncement> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.IsLocalMode)
        {
            LogLocalMode(logger, BotFrameworkOptions.SectionName);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "LOCAL MODE: no {Section}:MicrosoftAppId is configured, so /api/messages accepts UNAUTHENTICATED requests from loopback " +
        "callers only and sends no token to the connector. Never run a deployed bot like this.")]
    private static partial void LogLocalMode(ILogger logger, string section);
}
