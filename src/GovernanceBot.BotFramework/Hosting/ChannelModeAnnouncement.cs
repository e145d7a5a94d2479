using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework;

/// <summary>
/// Says once at start-up how callers are checked: loudly when the bot accepts anonymous loopback callers, and otherwise
/// which app type and app id inbound tokens must be issued for, so a deployment shows in its log which identity it runs as.
/// </summary>
internal sealed partial class ChannelModeAnnouncement(IOptions<BotFrameworkOptions> options, ILogger<ChannelModeAnnouncement> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var identity = options.Value;
        if (identity.IsLocalMode)
        {
            LogLocalMode(logger);
        }
        else
        {
            LogAuthenticated(logger, identity.AppType, identity.MicrosoftAppId!);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message =
        "LOCAL MODE: no MicrosoftAppId is configured, so /api/messages accepts UNAUTHENTICATED requests from loopback " +
        "callers only and sends no token to the connector. Never run a deployed bot like this.")]
    private static partial void LogLocalMode(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message =
        "Authenticated mode: MicrosoftAppType {AppType}, MicrosoftAppId {AppId}; /api/messages requires a Bot Framework or Entra token for this app.")]
    private static partial void LogAuthenticated(ILogger logger, BotAppType appType, string appId);
}
