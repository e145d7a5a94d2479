using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Drain;

/// <summary>
/// A loopback listener standing in for the Teams Bot Connector: answers sends like it (<c>{"id":…}</c>) and records, per
/// conversation, the sequence number each notification carries in its summary (<c>Notice 42</c>).
/// </summary>
sealed class NotificationConnector : IAsyncDisposable
{
    readonly WebApplication app;
    readonly TimeSpan latency;
    readonly List<(string Conversation, int Sequence)> received = [];
    long ids;

    NotificationConnector(WebApplication app, TimeSpan latency)
    {
        this.app = app;
        this.latency = latency;
    }

    public string ServiceUrl { get; private set; } = "";

    public IReadOnlyList<(string Conversation, int Sequence)> Received
    {
        get { lock (received) { return [.. received]; } }
    }

    public static async Task<NotificationConnector> StartAsync(TimeSpan latency)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var connector = new NotificationConnector(builder.Build(), latency);
        connector.app.Run(connector.HandleAsync);
        await connector.app.StartAsync();
        var address = connector.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = $"{address.TrimEnd('/')}/teams/";
        return connector;
    }

    /// <summary>Conversations where a notification arrived after one queued later than it.</summary>
    public int OutOfOrderConversations() =>
        Received.GroupBy(r => r.Conversation).Count(group => !group.Select(r => r.Sequence).SequenceEqual(group.Select(r => r.Sequence).Order()));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    async Task HandleAsync(HttpContext context)
    {
        // POST /teams/v3/conversations/{id}/activities
        var segments = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency);
        }

        if (segments is [_, "v3", "conversations", var conversation, "activities", ..]
            && body.RootElement.TryGetProperty("summary", out var summary) && summary.GetString() is { } text && text.StartsWith(Seed.TitlePrefix, StringComparison.Ordinal))
        {
            lock (received)
            {
                received.Add((Uri.UnescapeDataString(conversation), int.Parse(text[Seed.TitlePrefix.Length..], System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"drain-{Interlocked.Increment(ref ids)}\"}}");
    }
}
