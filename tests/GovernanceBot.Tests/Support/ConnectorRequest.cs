using System.Text.Json;
using GovernanceBot.BotFramework;

namespace GovernanceBot.Tests.Support;

public enum ConnectorRoute
{
    SendToConversation,
    ReplyToActivity,
    UpdateActivity,
    DeleteActivity,
    CreateConversation,
    GetMember,
    Other,
}

/// <summary>One request the <see cref="LoopbackConnector"/> received, with its route decoded.</summary>
public sealed record ConnectorRequest(
    string Method, string Path, ConnectorRoute Route, string? ConversationId, string? ActivityId, string? Authorization, string Body)
{
    /// <summary>The body as an activity (sends, replies and updates), otherwise null.</summary>
    public Activity? Activity => Route is ConnectorRoute.SendToConversation or ConnectorRoute.ReplyToActivity or ConnectorRoute.UpdateActivity
        ? JsonSerializer.Deserialize<Activity>(Body, BotJson.Options)
        : null;

    internal static ConnectorRequest From(string method, string path, string? authorization, string body)
    {
        var segments = path.Trim('/').Split('/').Select(Uri.UnescapeDataString).ToArray();
        var (route, conversationId, activityId) = (method, segments) switch
        {
            ("POST", ["v3", "conversations"]) => (ConnectorRoute.CreateConversation, null, null),
            ("POST", ["v3", "conversations", var c, "activities"]) => (ConnectorRoute.SendToConversation, c, null),
            ("POST", ["v3", "conversations", var c, "activities", var a]) => (ConnectorRoute.ReplyToActivity, c, a),
            ("PUT", ["v3", "conversations", var c, "activities", var a]) => (ConnectorRoute.UpdateActivity, c, a),
            ("DELETE", ["v3", "conversations", var c, "activities", var a]) => (ConnectorRoute.DeleteActivity, c, a),
            ("GET", ["v3", "conversations", var c, "members", _]) => (ConnectorRoute.GetMember, c, (string?)null),
            _ => (ConnectorRoute.Other, (string?)null, (string?)null),
        };
        return new ConnectorRequest(method, path, route, conversationId, activityId, authorization, body);
    }
}
