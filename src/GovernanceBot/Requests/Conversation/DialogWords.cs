namespace GovernanceBot.Requests.Conversation;

/// <summary>The words every dialog understands at any step.</summary>
static class DialogWords
{
    static readonly HashSet<string> Cancel = new(StringComparer.OrdinalIgnoreCase) { "cancel", "stop", "quit", "exit", "cancel it", "cancel request", "never mind" };
    static readonly HashSet<string> Help = new(StringComparer.OrdinalIgnoreCase) { "help", "?", "what do i do", "what now" };
    static readonly HashSet<string> Send = new(StringComparer.OrdinalIgnoreCase) { "send", "yes", "confirm", "ok", "send it", "yes send it" };

    public static bool IsCancel(string text) => Cancel.Contains(Normal(text));

    public static bool IsHelp(string text) => Help.Contains(Normal(text));

    public static bool IsSend(string text) => Send.Contains(Normal(text));

    static string Normal(string text) => text.Trim().TrimEnd('.', '!').Trim();
}
