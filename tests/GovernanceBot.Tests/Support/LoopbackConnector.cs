using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Support;

/// <summary>
/// A real HTTP listener on 127.0.0.1 standing in for the Teams Bot Connector. It records every request, answers like the
/// connector (<c>{"id":…}</c>), and can be scripted to answer the next requests with errors (429, 412, 500, 403 …).
/// <code>
/// await using var connector = await LoopbackConnector.StartAsync();
/// // use connector.ServiceUrl as the activity's serviceUrl, then:
/// var replies = await connector.WaitForActivitiesAsync(1, TimeSpan.FromSeconds(10));
/// </code>
/// </summary>
public sealed class LoopbackConnector : IAsyncDisposable
{
    private const string BasePath = "/teams";
    private readonly WebApplication app;
    private readonly List<ConnectorRequest> requests = [];
    private readonly List<(Func<IReadOnlyList<ConnectorRequest>, bool> Done, TaskCompletionSource Signal)> waiters = [];
    private readonly Queue<ScriptedResponse> script = new();
    private readonly Lock gate = new();
    private int sequence;

    private LoopbackConnector(WebApplication app) => this.app = app;

    /// <summary>Teams-shaped: absolute, with a path and a trailing slash, e.g. <c>http://127.0.0.1:50123/teams/</c>.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<ConnectorRequest> Requests
    {
        get { lock (gate) { return [.. requests]; } }
    }

    /// <summary>Requests that carried an activity (send, reply, update), in arrival order.</summary>
    public IReadOnlyList<ConnectorRequest> Activities => Requests.Where(CarriesActivity).ToList();

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var connector = new LoopbackConnector(builder.Build());
        connector.app.Run(connector.HandleAsync);
        await connector.app.StartAsync();
        var address = connector.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = $"{address.TrimEnd('/')}{BasePath}/";
        return connector;
    }

    /// <summary>Answers the next request (whatever its route) with this status; later requests get the normal answer again.</summary>
    public void RespondNext(HttpStatusCode status, string? body = null, TimeSpan? retryAfter = null)
    {
        lock (gate)
        {
            script.Enqueue(new ScriptedResponse(status, body, retryAfter));
        }
    }

    /// <summary>Answers the next request with 403 <c>MessageWritesBlocked</c>, as when a user blocked the bot.</summary>
    public void RespondNextWithWritesBlocked() => RespondNext(
        HttpStatusCode.Forbidden,
        """{"error":{"code":"MessageWritesBlocked","message":"The bot is not part of the conversation roster."},"errorCode":209}""");

    public Task<IReadOnlyList<ConnectorRequest>> WaitForActivitiesAsync(int count, TimeSpan timeout) =>
        WaitAsync(all => all.Count(CarriesActivity) >= count, all => all.Where(CarriesActivity).ToList(), timeout);

    public Task<IReadOnlyList<ConnectorRequest>> WaitForRequestsAsync(int count, TimeSpan timeout) =>
        WaitAsync(all => all.Count >= count, all => all, timeout);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static bool CarriesActivity(ConnectorRequest request) =>
        request.Route is ConnectorRoute.SendToConversation or ConnectorRoute.ReplyToActivity or ConnectorRoute.UpdateActivity;

    private async Task<IReadOnlyList<ConnectorRequest>> WaitAsync(
        Func<IReadOnlyList<ConnectorRequest>, bool> done, Func<IReadOnlyList<ConnectorRequest>, IReadOnlyList<ConnectorRequest>> select, TimeSpan timeout)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (done(requests))
            {
                return select([.. requests]);
            }

            waiters.Add((done, signal));
        }

        try
        {
            await signal.Task.WaitAsync(timeout);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The loopback connector received {Requests.Count} request(s) in {timeout}; more were expected.");
        }

        return select(Requests);
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var path = context.Request.Path.Value ?? "/";
        path = path.StartsWith(BasePath, StringComparison.Ordinal) ? path[BasePath.Length..] : path;
        var request = ConnectorRequest.From(context.Request.Method, path, context.Request.Headers.Authorization.FirstOrDefault(), body);
        if (request.Route == ConnectorRoute.Other)
        {
            // Not the Connector API: a stray probe (another test's /healthz poll that found this free port), neither
            // recorded nor given the next scripted response.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        ScriptedResponse? scripted;
        int number;
        lock (gate)
        {
            requests.Add(request);
            number = ++sequence;
            scripted = script.Count > 0 ? script.Dequeue() : null;
            foreach (var waiter in waiters.Where(w => w.Done(requests)).ToList())
            {
                waiters.Remove(waiter);
                waiter.Signal.TrySetResult();
            }
        }

        var answer = scripted ?? NormalAnswer(request, number);
        context.Response.StatusCode = (int)answer.Status;
        context.Response.Headers["MS-CV"] = $"loopback.{number}";
        if (answer.RetryAfter is { } delay)
        {
            context.Response.Headers.RetryAfter = ((int)delay.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (answer.Body is not null)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(answer.Body);
        }
    }

    private static ScriptedResponse NormalAnswer(ConnectorRequest request, int number) => request.Route switch
    {
        ConnectorRoute.CreateConversation => new(HttpStatusCode.Created, Json(new { id = $"a:loopback-conversation-{number}" })),
        ConnectorRoute.UpdateActivity => new(HttpStatusCode.OK, Json(new { id = request.ActivityId })),
        ConnectorRoute.DeleteActivity => new(HttpStatusCode.OK, null),
        ConnectorRoute.GetMember => new(HttpStatusCode.OK, Json(new { id = request.Path.Split('/').Last(), name = "Loopback User" })),
        _ => new(HttpStatusCode.OK, Json(new { id = $"loopback-activity-{number}" })),
    };

    private static string Json(object value) => JsonSerializer.Serialize(value);

    private sealed record ScriptedResponse(HttpStatusCode Status, string? Body, TimeSpan? RetryAfter = null);
}
