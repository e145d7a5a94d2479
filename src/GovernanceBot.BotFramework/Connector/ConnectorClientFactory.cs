using Microsoft.Extensions.Logging;

namespace GovernanceBot.BotFramework;

/// <summary>Creates a <see cref="ConnectorClient"/> for a service URL, refusing URLs the bot has no reason to trust.</summary>
public sealed class ConnectorClientFactory(IHttpClientFactory httpClientFactory, TrustedServiceUrls trustedServiceUrls, ILoggerFactory loggerFactory)
{
    public const string HttpClientName = "GovernanceBot.BotFramework.Connector";

    public ConnectorClient Create(string serviceUrl)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("A service URL must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        if (!trustedServiceUrls.IsTrusted(uri))
        {
            throw new UntrustedServiceUrlException(uri.GetLeftPart(UriPartial.Authority));
        }

        return new ConnectorClient(httpClientFactory.CreateClient(HttpClientName), uri, loggerFactory.CreateLogger<ConnectorClient>());
    }
}
