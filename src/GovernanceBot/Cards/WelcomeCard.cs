using System.Text;
using System.Text.Json.Nodes;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Cards;

/// <summary>
/// The greeting on install, and the help card: what the bot does and what to try — the council's own example
/// questions where its council.json lists them, else general ones. In a team or group chat it also says that
/// confidential reports belong in a personal chat, because everything said here is seen by the whole team.
/// </summary>
public sealed class WelcomeCard(bool personalScope, IReadOnlyList<string>? councilExamples = null) : ICard
{
    const string Title = "Hello, I'm GovernanceBot";

    const string Intro =
        "I answer questions about your council's protocol on councillor and officer relations, quoting the clause I rely on, and I help you follow the route it sets out.";

    internal const string ConfidentialInPersonalChat =
        "Please make confidential reports in a personal chat with me, not here: everyone in this conversation can see what is posted.";

    // The bold words are the commands that start each flow.
    static readonly string[] Capabilities =
    [
        "Ask about the protocol, in your own words",
        "**Request officer attendance** at a political group or Shadow Cabinet meeting",
        "**Request a briefing** or written report for your group, or a spokesperson briefing",
        "**Report a councillor**: tell the right manager, in confidence, about contact that breaks the protocol (officers)",
        "**Raise a staffing concern**: a concern about an officer, raised privately (councillors)",
        "See **my requests** and where they have got to",
        "See what is **waiting for me** to decide or acknowledge",
    ];

    IReadOnlyList<string> Examples => councilExamples is { Count: > 0 } own ? own : GeneralExamples;

    /// <summary>The examples for a council that lists none of its own.</summary>
    public static readonly IReadOnlyList<string> GeneralExamples =
    [
        "Who decides if an officer should attend our group meeting?",
        "How quickly should officers reply to my casework enquiry?",
        "Should correspondence between councillors and officers be kept confidential?",
    ];

    public JsonObject ToJson()
    {
        var body = new List<JsonObject>
        {
            TextBlock(Title, weight: "Bolder", size: "Medium"),
            TextBlock(Intro),
            TextBlock("I can help you:", weight: "Bolder", spacing: "Medium"),
            TextBlock(string.Join("\n", Capabilities.Select(capability => $"- {capability}"))),
            TextBlock("Try asking:", weight: "Bolder", spacing: "Medium"),
            TextBlock(string.Join("\n", Examples.Select(example => $"- \"{example}\""))),
        };
        if (!personalScope)
        {
            body.Add(TextBlock(ConfidentialInPersonalChat, weight: "Bolder", spacing: "Medium"));
        }

        return Card(body);
    }

    public string ToPlainText()
    {
        var text = new StringBuilder().AppendLine(Title).AppendLine(Intro).AppendLine().AppendLine("I can help you:");
        foreach (var capability in Capabilities)
        {
            text.AppendLine($"- {capability.Replace("**", "", StringComparison.Ordinal)}");
        }

        text.AppendLine().AppendLine("Try asking:");
        foreach (var example in Examples)
        {
            text.AppendLine($"- \"{example}\"");
        }

        if (!personalScope)
        {
            text.AppendLine().AppendLine(ConfidentialInPersonalChat);
        }

        return text.ToString().TrimEnd();
    }
}
