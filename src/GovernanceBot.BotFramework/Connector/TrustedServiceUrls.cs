using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework;

/// <summary>
/// The connector origins the bot's token may be sent to: those seen on authenticated turns, those configured, and
/// in local mode the loopback host. Plain HTTP is trusted only on loopback. Trust is per origin (scheme, host, port) because the token is per host.
/// </summary>
public sealed class TrustedServiceUrls
{
    private readonly ConcurrentDictionary<string, byte> origins = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool localMode;

    public TrustedServiceUrls(IOptions<BotFrameworkOptions> botOptions, IOptions<ConnectorOptions> connectorOptions)
    {
        localMode = botOptions.Value.IsLocalMode;
        foreach (var url in connectorOptions.Value.TrustedServiceUrls)
        {
            Trust(url);
        }
    }

    /// <summary>
    /// Trusts the origin of <paramref name="serviceUrl"/>. Call it only with a URL from an authenticated turn, or from a
    /// conversation reference stored from one (for example when reloading references after a restart).
    /// </summary>
    public void Trust(string serviceUrl)
    {
        if (Origin(serviceUrl) is { } origin)
        {
            origins.TryAdd(origin, 0);
        }
    }

    public bool IsTrusted(string serviceUrl) => Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) && IsTrusted(uri);

    public bool IsTrusted(Uri uri) =>
        (localMode && uri.IsLoopback) || (Origin(uri) is { } origin && origins.ContainsKey(origin));

    private static string? Origin(string serviceUrl) =>
        Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) ? Origin(uri) : null;

    // A bearer token never travels in clear text off this machine.
    private static string? Origin(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
            ? uri.GetLeftPart(UriPartial.Authority)
            : null;
}
