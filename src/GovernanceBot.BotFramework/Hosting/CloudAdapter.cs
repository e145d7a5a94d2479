using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework;

/// <summary>
/// Runs Bot Framework turns: reads and authenticates an inbound activity over HTTP and hands it to the bot, or starts
/// a proactive turn from a stored conversation reference.
/// </summary>
public sealed partial class CloudAdapter(
    ChannelAuthenticator authenticator,
    TrustedServiceUrls trustedServiceUrls,
    ConnectorClientFactory connectorClients,
    IOptions<InboundActivityOptions> options,
    TurnTelemetry telemetry,
    ILogger<CloudAdapter> logger)
{
    /// <summary>
    /// Handles <c>POST /api/messages</c>: 405 other methods, 413 over the size limit, 400 not an activity, 401 not
    /// authenticated (the bot never sees those), otherwise the bot's turn: 200, or for an invoke its response (501 if none).
    /// </summary>
    public async Task ProcessAsync(HttpRequest request, HttpResponse response, IBot bot, CancellationToken cancellationToken)
    {
        using var measurement = telemetry.Start();
        measurement.SetOutcome(await ProcessAsync(request, response, bot, measurement, cancellationToken));
    }

    private async Task<TurnOutcome> ProcessAsync(
        HttpRequest request, HttpResponse response, IBot bot, TurnMeasurement measurement, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return TurnOutcome.Rejected;
        }

        var body = await ActivityBody.ReadAsync(request, options.Value.MaxActivityBytes, cancellationToken);
        if (body is null)
        {
            response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return TurnOutcome.Rejected;
        }

        var activity = ActivityBody.Parse(body);
        if (activity is null)
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return TurnOutcome.Rejected;
        }

        measurement.SetActivityType(activity.Type);
        var outcome = await authenticator.AuthenticateAsync(request, activity, cancellationToken);
        if (outcome.Authentication is not { } authentication)
        {
            LogRefused(logger, outcome.FailureReason);
            response.StatusCode = StatusCodes.Status401Unauthorized;
            return TurnOutcome.Unauthenticated;
        }

        // An Entra token says nothing about where replies go (the channel's token carries a serviceurl claim; Entra's does
        // not), so an Entra-authenticated turn may only name a service URL already trusted: one from a channel-token
        // turn, from stored references, or configured. Otherwise any holder of a token could point the bot's replies,
        // and its own token, at a host of their choosing.
        if (authentication.Kind == TurnAuthenticationKind.EntraToken)
        {
            if (string.IsNullOrEmpty(activity.ServiceUrl) || !trustedServiceUrls.IsTrusted(activity.ServiceUrl))
            {
                LogRefused(logger, "Entra token naming a service URL not already trusted");
                response.StatusCode = StatusCodes.Status401Unauthorized;
                return TurnOutcome.Unauthenticated;
            }
        }
        else if (!string.IsNullOrEmpty(activity.ServiceUrl))
        {
            trustedServiceUrls.Trust(activity.ServiceUrl);
        }

        var turn = new TurnContext(activity, authentication, () => connectorClients.Create(RequireServiceUrl(activity)));
        await bot.OnTurnAsync(turn, cancellationToken);
        await WriteResultAsync(response, turn, cancellationToken);
        return response.StatusCode == StatusCodes.Status501NotImplemented ? TurnOutcome.NotImplemented : TurnOutcome.Handled;
    }

    /// <summary>
    /// Runs <paramref name="callback"/> in the conversation of a stored reference (a proactive message). The reference's
    /// service URL must be trusted: seen on an authenticated turn since start-up, configured, or re-trusted with
    /// <see cref="TrustedServiceUrls.Trust"/> when references stored from authenticated turns are loaded.
    /// </summary>
    public Task ContinueConversationAsync(
        ConversationReference reference, Func<ITurnContext, CancellationToken, Task> callback, CancellationToken cancellationToken)
    {
        var activity = reference.GetContinuationActivity();
        var turn = new TurnContext(activity, TurnAuthentication.Proactive, () => connectorClients.Create(RequireServiceUrl(activity)));
        return callback(turn, cancellationToken);
    }

    private static string RequireServiceUrl(Activity activity) =>
        activity.ServiceUrl ?? throw new InvalidOperationException("The activity has no service URL to answer on.");

    private static async Task WriteResultAsync(HttpResponse response, TurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.IsType(ActivityTypes.Invoke))
        {
            if (turn.InvokeResponse is not { } invoke)
            {
                response.StatusCode = StatusCodes.Status501NotImplemented;
                return;
            }

            response.StatusCode = invoke.Status;
            await WriteJsonAsync(response, invoke.Body, cancellationToken);
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        if (turn.BuffersReplies)
        {
            await WriteJsonAsync(response, new { activities = turn.BufferedReplies }, cancellationToken);
        }
    }

    private static async Task WriteJsonAsync(HttpResponse response, object? body, CancellationToken cancellationToken)
    {
        if (body is null)
        {
            return;
        }

        response.ContentType = "application/json; charset=utf-8";
        await JsonSerializer.SerializeAsync(response.Body, body, body.GetType(), BotJson.Options, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Refused an unauthenticated activity: {Reason}")]
    private static partial void LogRefused(ILogger logger, string? reason);
}
