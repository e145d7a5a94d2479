using System.Net;
using Polly;
using Polly.Timeout;

namespace GovernanceBot.BotFramework;

/// <summary>
/// When a connector call is tried again. Throttling (429) and precondition (412) answers are retried for every method;
/// other transient failures only for GET, PUT and DELETE, because a POST that failed on the server side may already
/// have posted the message and a retry would show it twice.
/// </summary>
internal static class ConnectorRetryRules
{
    public static bool ShouldRetry(HttpMethod? method, Outcome<HttpResponseMessage> outcome)
    {
        var idempotent = method is not null && method != HttpMethod.Post && method != HttpMethod.Patch;
        if (outcome.Exception is not null)
        {
            return idempotent && outcome.Exception is HttpRequestException or TimeoutRejectedException;
        }

        return outcome.Result?.StatusCode switch
        {
            HttpStatusCode.TooManyRequests or HttpStatusCode.PreconditionFailed => true,
            HttpStatusCode.RequestTimeout or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
                or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout => idempotent,
            _ => false,
        };
    }

    /// <summary>The server's <c>Retry-After</c>, capped; null lets the exponential backoff decide.</summary>
    public static TimeSpan? ServerDelay(HttpResponseMessage? response, TimeSpan cap, DateTimeOffset now)
    {
        var retryAfter = response?.Headers.RetryAfter;
        var delay = retryAfter?.Delta ?? (retryAfter?.Date is { } date ? date - now : null);
        if (delay is not { } value)
        {
            return null;
        }

        return value < TimeSpan.Zero ? TimeSpan.Zero : value > cap ? cap : value;
    }
}
