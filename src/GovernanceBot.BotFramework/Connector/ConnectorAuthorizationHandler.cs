using System.Net.Http.Headers;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework;

/// <summary>
/// Refuses any request to an untrusted service URL, then attaches the bot's bearer token (none in local mode).
/// Sits outside the retry handler, so a refused request is never retried.
/// </summary>
internal sealed class ConnectorAuthorizationHandler(
    IOptions<BotFrameworkOptions> options, TrustedServiceUrls trustedServiceUrls, BotAccessTokenSource tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri ?? throw new InvalidOperationException("A connector request needs an absolute URI.");
        if (!trustedServiceUrls.IsTrusted(uri))
        {
            throw new UntrustedServiceUrlException(uri.GetLeftPart(UriPartial.Authority));
        }

        if (!options.Value.IsLocalMode)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.GetTokenAsync(cancellationToken));
        }

        return await base.SendAsync(request, cancellationToken);
    }
}
