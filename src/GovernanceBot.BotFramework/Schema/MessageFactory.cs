namespace GovernanceBot.BotFramework;

/// <summary>Builds outgoing message activities, after the SDK's <c>MessageFactory</c>.</summary>
public static class MessageFactory
{
    /// <summary>A plain-text message (not Markdown, so user-supplied words are shown as written).</summary>
    public static Activity Text(string text) => new() { Type = ActivityTypes.Message, Text = text, TextFormat = "plain" };
}
