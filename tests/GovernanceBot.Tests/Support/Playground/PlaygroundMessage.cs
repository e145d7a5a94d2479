using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Support.Playground;

/// <summary>
/// A bot message as the Playground shows it: a <c>createMessage</c> or <c>updateMessage</c> frame
/// of the conversation stream. <see cref="MessageId"/> is what a card action replies to.
/// </summary>
public sealed record PlaygroundMessage(
    string Action,
    string ConversationId,
    string MessageId,
    string? Text,
    JsonArray Attachments,
    JsonObject Frame)
{
    public const string Created = "createMessage";
    public const string Updated = "updateMessage";

    /// <summary>The content of the first Adaptive Card attachment, or null when there is none.</summary>
    public JsonObject? AdaptiveCard =>
        Attachments.OfType<JsonObject>()
            .FirstOrDefault(attachment => (string?)attachment["contentType"] == "application/vnd.microsoft.card.adaptive")?["content"]
            ?.AsObject();

    public static bool IsMessageFrame(JsonObject frame) =>
        (string?)frame["action"] is Created or Updated && frame["message"] is JsonObject;

    public static PlaygroundMessage From(JsonObject frame)
    {
        var message = frame["message"]!.AsObject();
        return new PlaygroundMessage(
            (string)frame["action"]!,
            (string?)frame["actionConversationId"] ?? "",
            (string?)message["messageId"] ?? "",
            (string?)message["text"],
            message["attachments"] as JsonArray ?? [],
            frame);
    }
}
