using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework;

/// <summary>
/// Decides whether an inbound <c>/api/messages</c> request may reach the bot. With an app id it requires a valid
/// Bot Framework or Entra bearer token; in local mode (no app id) it accepts only loopback callers and ignores any token.
/// </summary>
public sealed class ChannelAuthenticator
{
    private readonly IOptions<BotFrameworkOptions> options;
    private readonly BotTokenValidator tokenValidator;

    internal ChannelAuthenticator(IOptions<BotFrameworkOptions> options, BotTokenValidator tokenValidator)
    {
        this.options = options;
        this.tokenValidator = tokenValidator;
    }

    public Task<AuthenticationOutcome> AuthenticateAsync(HttpRequest request, Activity activity, CancellationToken cancellationToken)
    {
        if (options.Value.IsLocalMode)
        {
            // A null address (an in-process test host, some proxies) is not known to be local, so it is refused.
            return Task.FromResult(IsLoopback(request.HttpContext.Connection.RemoteIpAddress)
                ? AuthenticationOutcome.Success(TurnAuthentication.LocalLoopback)
                : AuthenticationOutcome.Fail("local mode accepts loopback callers only"));
        }

        var token = BearerToken(request);
        return token is null
            ? Task.FromResult(AuthenticationOutcome.Fail("no bearer token"))
            : tokenValidator.ValidateAsync(token, activity, cancellationToken);
    }

    private static bool IsLoopback(IPAddress? address) => address is not null && IPAddress.IsLoopback(address);

    private static string? BearerToken(HttpRequest request)
    {
        var headers = request.Headers.Authorization;
        if (headers.Count != 1)
        {
            return null;
        }

        // As the SDKs: exactly "Bearer <token>", scheme compared case-sensitively.
        var parts = headers[0]?.Split(' ');
        return parts is ["Bearer", { Length: > 0 } token] ? token : null;
    }
}
