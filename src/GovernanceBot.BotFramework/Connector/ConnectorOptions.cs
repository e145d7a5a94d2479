namespace GovernanceBot.BotFramework;

/// <summary>Outbound calls to the Bot Connector, bound from <c>Bot:Connector</c>.</summary>
public sealed class ConnectorOptions
{
    public const string SectionName = "Bot:Connector";

    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff; later ones grow exponentially with jitter.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest server-requested <c>Retry-After</c> honoured.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Service URLs trusted before any turn arrives, e.g. <c>https://smba.trafficmanager.net/teams/</c> for proactive chats.</summary>
    public List<string> TrustedServiceUrls { get; set; } = [];
}
