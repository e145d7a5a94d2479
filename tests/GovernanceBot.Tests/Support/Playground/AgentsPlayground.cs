using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Support.Playground;

/// <summary>
/// A running Microsoft 365 Agents Playground (npm <c>@microsoft/m365agentsplayground</c>, pinned in
/// tools/) pointed at a bot endpoint, driven through its HTTP and WebSocket API. Both streams are
/// connected before anything is sent, so no bot message is buffered for another client.
/// </summary>
public sealed class AgentsPlayground : IAsyncDisposable
{
    // Guards against a hung peer, not timing assertions: a test fails instead of hanging CI.
    public static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(15);

    private readonly Process node;
    private readonly PlaygroundProcessOutput output;
    private readonly string workFolder;
    private readonly HttpClient http;
    private PlaygroundConfig? config;

    private AgentsPlayground(Process node, PlaygroundProcessOutput output, string workFolder, int port, PlaygroundSocket conversation, PlaygroundSocket log)
    {
        this.node = node;
        this.output = output;
        this.workFolder = workFolder;
        Port = port;
        Conversation = conversation;
        Log = log;
        http = new HttpClient { BaseAddress = BaseAddress };
    }

    public static string DefaultConfigFile => RepositoryRoot.Combine("tools", "playground", ".m365agentsplayground.yml");

    public int Port { get; }

    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>The mocked Bot Connector the Playground puts in every activity's <c>serviceUrl</c>.</summary>
    public string ServiceUrl => $"http://localhost:{Port}/_connector";

    /// <summary>Bot messages and typing in chats the current user is in: /_ws_conversation/v1/conversations/stream.</summary>
    public PlaygroundSocket Conversation { get; }

    /// <summary>Every HTTP exchange between Playground and bot, both ways, with bodies: /_ws/log/stream.</summary>
    public PlaygroundSocket Log { get; }

    public static async Task<AgentsPlayground> StartAsync(Uri botEndpoint, string? configFile = null, CancellationToken cancellationToken = default)
    {
        configFile ??= DefaultConfigFile;
        if (!File.Exists(configFile))
        {
            // The Playground would silently fall back to its built-in users (Alex Wilber and co).
            throw new FileNotFoundException("No Agents Playground config file.", configFile);
        }

        var cli = await PlaygroundPackage.EnsureInstalledAsync(cancellationToken);
        var workFolder = Directory.CreateTempSubdirectory("governancebot-playground-").FullName;
        var node = Process.Start(PlaygroundLaunch.StartInfo(cli, botEndpoint, configFile, workFolder))
            ?? throw new InvalidOperationException("Could not start node.");
        var output = new PlaygroundProcessOutput(node, Path.Combine(workFolder, "playground.log"));
        try
        {
            using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            guard.CancelAfter(StartTimeout);
            var port = await output.ListeningPortAsync(guard.Token);
            await PlaygroundLaunch.WaitForPongAsync(port, node, guard.Token);
            var conversation = await PlaygroundSocket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws_conversation/v1/conversations/stream"), guard.Token);
            var log = await PlaygroundSocket.ConnectAsync(new Uri($"ws://127.0.0.1:{port}/_ws/log/stream"), guard.Token);
            return new AgentsPlayground(node, output, workFolder, port, conversation, log);
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException or InvalidOperationException or System.Net.WebSockets.WebSocketException)
        {
            var report = $"The Agents Playground did not start within {StartTimeout.TotalSeconds:0} s for {botEndpoint}: {exception.Message}\n{output.Tail()}";
            await PlaygroundLaunch.StopAsync(node);
            Directory.Delete(workFolder, recursive: true);
            throw new InvalidOperationException(report, exception);
        }
    }

    /// <summary>The tenant, bot, users and chat ids. The Playground answers only once the bot endpoint answers (or after 15 s).</summary>
    public async Task<PlaygroundConfig> ConfigAsync(CancellationToken cancellationToken = default)
    {
        if (config is null)
        {
            var response = await http.GetFromJsonAsync<JsonObject>("_internal/v1/config", cancellationToken);
            config = PlaygroundConfig.From(response ?? throw new InvalidOperationException("The Playground returned no config."));
        }

        return config;
    }

    /// <summary>Installs the bot in a conversation: the bot receives installationUpdate (add) and conversationUpdate (membersAdded).</summary>
    public Task InstallAsync(string conversationId, CancellationToken cancellationToken = default) =>
        PostAsync($"_debug/conversation/{Uri.EscapeDataString(conversationId)}/installation", new JsonObject(), cancellationToken);

    /// <summary>
    /// A user types a message. The Playground's own endpoint always sends as the current user
    /// whatever <c>from.id</c> says, so another user's message is posted as a raw Teams activity
    /// (/_internal/v1/customActivities). In a group chat or channel the bot only receives messages
    /// that mention it. Returns the id of the message; its delivery is asynchronous.
    /// </summary>
    public async Task<string> SendMessageAsync(string conversationId, string fromUserId, string text, bool mentionBot = false, CancellationToken cancellationToken = default)
    {
        var playground = await ConfigAsync(cancellationToken);
        if (fromUserId != playground.CurrentUser.Id)
        {
            var activity = PlaygroundActivities.Message(playground, ServiceUrl, conversationId, playground.UserWithId(fromUserId), text, mentionBot);
            await PostAsync("_internal/v1/customActivities", activity, cancellationToken);
            return (string)activity["id"]!;
        }

        var body = new JsonObject { ["from"] = new JsonObject { ["id"] = fromUserId }, ["textFormat"] = "plain" };
        body["text"] = mentionBot ? $"{PlaygroundActivities.MentionText(playground)} {text}" : text;
        if (mentionBot)
        {
            body["mentions"] = new JsonArray(new JsonObject
            {
                ["mentioned"] = new JsonObject { ["id"] = playground.BotId },
                ["text"] = PlaygroundActivities.MentionText(playground),
            });
        }

        var answer = await PostAsync($"_conversation/v1/conversations/{Uri.EscapeDataString(conversationId)}/messages", body, cancellationToken);
        return (string?)answer?["messageId"] ?? throw new InvalidOperationException("The Playground returned no messageId.");
    }

    /// <summary>A user presses an Action.Submit button on the bot message <paramref name="replyToId"/>; <c>from.id</c> is honoured.</summary>
    public Task SubmitAsync(string conversationId, string fromUserId, string replyToId, JsonNode value, CancellationToken cancellationToken = default) =>
        PostAsync("_conversation/v1/submit", new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = fromUserId },
            ["replyToId"] = replyToId,
            ["value"] = value.DeepClone(),
        }, cancellationToken);

    /// <summary>A user presses an Action.Execute button; returns the bot's invoke response as <c>{type, value}</c>.</summary>
    public async Task<JsonObject> InvokeAsync(string conversationId, string fromUserId, string replyToId, string verb, JsonNode? data, CancellationToken cancellationToken = default)
    {
        var answer = await PostAsync("_conversation/v1/invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["from"] = new JsonObject { ["id"] = fromUserId },
            ["replyToId"] = replyToId,
            ["value"] = new JsonObject
            {
                ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data?.DeepClone() },
                ["trigger"] = "manual",
            },
        }, cancellationToken);
        return answer?.AsObject() ?? throw new InvalidOperationException("The Playground returned no invoke response.");
    }

    /// <summary>Takes the first bot message (created or updated), received before or after the call, that matches.</summary>
    public async Task<PlaygroundMessage> WaitForMessageAsync(Func<PlaygroundMessage, bool> predicate, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var frame = await WithLogTail(Conversation.Frames.WaitForAsync(
            frame => PlaygroundMessage.IsMessageFrame(frame) && predicate(PlaygroundMessage.From(frame)),
            timeout ?? DefaultWait,
            cancellationToken));
        return PlaygroundMessage.From(frame);
    }

    /// <summary>
    /// Takes the first protocol log entry that matches: <c>{conversationId, activityName, messageId,
    /// from, to, request: {body}, response: {statusCode, body}}</c>. The only place a bot message
    /// to a chat without the current user (another user's personal chat) can be seen.
    /// </summary>
    public async Task<JsonObject> WaitForLogAsync(Func<JsonObject, bool> predicate, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        var frame = await WithLogTail(Log.Frames.WaitForAsync(
            frame => frame["log"] is JsonObject entry && predicate(entry),
            timeout ?? DefaultWait,
            cancellationToken));
        return frame["log"]!.AsObject();
    }

    public async ValueTask DisposeAsync()
    {
        await Conversation.DisposeAsync();
        await Log.DisposeAsync();
        http.Dispose();
        await PlaygroundLaunch.StopAsync(node);
        output.Dispose();
        node.Dispose();
        Directory.Delete(workFolder, recursive: true);
    }

    private async Task<JsonNode?> PostAsync(string path, JsonNode body, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(path, body, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"Playground POST /{path} answered {(int)response.StatusCode}: {text}", null, response.StatusCode);
        }

        return text.Length == 0 ? null : JsonNode.Parse(text);
    }

    private async Task<JsonObject> WithLogTail(Task<JsonObject> wait)
    {
        try
        {
            return await wait;
        }
        catch (TimeoutException timeout)
        {
            throw new TimeoutException($"{timeout.Message}\n{output.Tail()}", timeout);
        }
    }
}
