using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Load;

/// <summary>
/// A loopback listener standing in for the Teams Bot Connector: answers like it (<c>{"id":…}</c>) and tells whoever
/// waits on a conversation when the bot's reply (a message, not typing) to it arrives.
/// </summary>
sealed class ReplyConnector : IAsyncDisposable
{
    readonly WebApplication app;
    readonly ConcurrentDictionary<string, TaskCompletionSource<BotReply>> waiting = new(StringComparer.Ordinal);
    long sequence;
    long unexpected;

    ReplyConnector(WebApplication app) => this.app = app;

    /// <summary>Teams-shaped: absolute with a trailing slash.</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Bot messages to a conversation nobody was waiting on: a second reply to one turn, or one after its timeout.</summary>
    public long Unexpected => Interlocked.Read(ref unexpected);

    public static async Task<ReplyConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var connector = new ReplyConnector(builder.Build());
        connector.app.Run(connector.HandleAsync);
        await connector.app.StartAsync();
        var address = connector.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        connector.ServiceUrl = $"{address.TrimEnd('/')}/teams/";
        return connector;
    }

    /// <summary>Completes when the bot's next message to the conversation arrives.</summary>
    public Task<BotReply> ExpectReply(string conversationId)
    {
        var signal = new TaskCompletionSource<BotReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        waiting[conversationId] = signal;
        return signal.Task;
    }

    public void StopExpecting(string conversationId) => waiting.TryRemove(conversationId, out _);

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    async Task HandleAsync(HttpContext context)
    {
        var arrived = Stopwatch.GetTimestamp();
        // POST /teams/v3/conversations/{id}/activities[/{replyToId}]
        var segments = (context.Request.Path.Value ?? "").Split('/', StringSplitOptions.RemoveEmptyEntries);
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var type = body.RootElement.TryGetProperty("type", out var named) ? named.GetString() : null;
        if (segments is [_, "v3", "conversations", var conversation, "activities", ..] && type == "message")
        {
            if (waiting.TryRemove(Uri.UnescapeDataString(conversation), out var signal))
            {
                // An answer card's summary (its notification text) ends with the citation, e.g. "… (para 28)".
                var cites = body.RootElement.TryGetProperty("summary", out var summary) && summary.GetString()?.Contains("para ", StringComparison.Ordinal) == true;
                signal.TrySetResult(new BotReply(arrived, cites));
            }
            else
            {
                Interlocked.Increment(ref unexpected);
            }
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($"{{\"id\":\"load-{Interlocked.Increment(ref sequence)}\"}}");
    }
}

/// <summary>A bot message as received: when (a <see cref="Stopwatch"/> timestamp), and whether it cites a clause.</summary>
readonly record struct BotReply(long Timestamp, bool CitesAClause);
