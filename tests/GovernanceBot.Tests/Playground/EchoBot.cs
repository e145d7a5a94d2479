using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using GovernanceBot.Tests.Support.Playground;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Playground;

/// <summary>
/// The smallest bot the Playground can talk to, on Kestrel at a free loopback port, speaking the
/// wire protocol with raw JSON: it records every activity, echoes a message as text plus a card,
/// answers a card's Action.Execute, and on "dm &lt;user id&gt;" opens a personal chat with that user.
/// </summary>
public sealed partial class EchoBot : IAsyncDisposable
{
    public const string CardContentType = "application/vnd.microsoft.card.adaptive";

    private readonly WebApplication app;
    private readonly HttpClient connector = new();

    private EchoBot(WebApplication app) => this.app = app;

    /// <summary>Every activity the bot received, until a wait takes it.</summary>
    public JsonArrivals Received { get; } = new("the echo bot");

    public Uri Endpoint => new(new Uri(app.Urls.Single()), "/api/messages");

    public static async Task<EchoBot> StartAsync()
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bot = new EchoBot(app);
        app.MapPost("/api/messages", bot.OnActivityAsync);
        await app.StartAsync();
        return bot;
    }

    public static JsonObject Card(string text) => new()
    {
        ["type"] = "AdaptiveCard",
        ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
        ["version"] = "1.5",
        ["body"] = new JsonArray(new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true }),
        ["actions"] = new JsonArray(
            new JsonObject { ["type"] = "Action.Submit", ["title"] = "Helpful", ["data"] = new JsonObject { ["feedback"] = "helpful" } },
            new JsonObject { ["type"] = "Action.Execute", ["title"] = "Refresh", ["verb"] = "refresh", ["data"] = new JsonObject { ["card"] = text } }),
    };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        connector.Dispose();
    }

    private async Task<IResult> OnActivityAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken) is not JsonObject activity)
        {
            return Results.BadRequest();
        }

        Received.Add(activity);
        switch ((string?)activity["type"])
        {
            case "invoke" when (string?)activity["name"] == "adaptiveCard/action":
                var verb = (string?)activity["value"]?["action"]?["verb"];
                return Results.Json(new JsonObject { ["statusCode"] = 200, ["type"] = CardContentType, ["value"] = Card($"done: {verb}") });
            case "message" when activity["value"] is null && (string?)activity["text"] is { } text:
                await AnswerAsync(activity, Mention().Replace(text, "").Trim(), cancellationToken);
                return Results.Ok();
            default:
                return Results.Ok();
        }
    }

    private async Task AnswerAsync(JsonObject activity, string text, CancellationToken cancellationToken)
    {
        var serviceUrl = ((string)activity["serviceUrl"]!).TrimEnd('/');
        if (text.StartsWith("dm ", StringComparison.Ordinal))
        {
            var created = await PostAsync($"{serviceUrl}/v3/conversations", new JsonObject
            {
                ["isGroup"] = false,
                ["bot"] = activity["recipient"]!.DeepClone(),
                ["members"] = new JsonArray(new JsonObject { ["id"] = text[3..] }),
                ["tenantId"] = activity["conversation"]?["tenantId"]?.DeepClone(),
            }, cancellationToken);
            var chatId = (string)created!["id"]!;
            await PostAsync($"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(chatId)}/activities", Reply(activity, chatId, null, "for you"), cancellationToken);
            return;
        }

        var conversationId = (string)activity["conversation"]!["id"]!;
        var reply = Reply(activity, conversationId, $"echo: {text}", $"echo: {text}");
        await PostAsync(
            $"{serviceUrl}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities/{Uri.EscapeDataString((string)activity["id"]!)}",
            reply,
            cancellationToken);
    }

    private static JsonObject Reply(JsonObject activity, string conversationId, string? text, string cardText)
    {
        var reply = new JsonObject
        {
            ["type"] = "message",
            ["from"] = activity["recipient"]!.DeepClone(),
            ["conversation"] = new JsonObject { ["id"] = conversationId },
            ["replyToId"] = activity["id"]!.DeepClone(),
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = CardContentType, ["content"] = Card(cardText) }),
        };
        if (text is not null)
        {
            reply["text"] = text;
        }

        return reply;
    }

    private async Task<JsonNode?> PostAsync(string url, JsonObject body, CancellationToken cancellationToken)
    {
        using var response = await connector.PostAsJsonAsync(url, body, cancellationToken);
        var answer = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"POST {url} answered {(int)response.StatusCode}: {answer}");
        }

        return answer.Length == 0 ? null : JsonNode.Parse(answer);
    }

    [GeneratedRegex("<at>.*?</at>")]
    private static partial Regex Mention();
}
