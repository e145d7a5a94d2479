namespace GovernanceBot.Dialogs;

public enum IntentKind
{
    StartFlow,
    MyRequests,
    WaitingForMe,
}

/// <summary>A command or plain request the bot recognised: a flow to start, or a list to show.</summary>
public sealed record Intent(IntentKind Kind, string? Flow = null);

/// <summary>
/// Recognises commands ("report a councillor") and plain requests ("I want to report a councillor", "can I ask
/// for a briefing") by exact phrases, after folding case, punctuation and politeness. Anything else is a question:
/// a guess that started a confidential form would be worse than an answer.
/// </summary>
public static class FlowIntents
{
    static readonly string[] Openings = ["i want to ", "i'd like to ", "i would like to ", "i need to ", "i wish to ", "can i ", "could i ", "may i ", "how do i ", "help me ", "let me "];

    static readonly Dictionary<string, Intent> Phrases = Build(new()
    {
        ["officer-attendance"] =
        [
            "request officer attendance", "officer attendance", "request an officer", "request an officer to attend",
            "ask for an officer to attend", "ask for an officer to attend our group meeting", "ask for an officer to attend a group meeting",
            "ask an officer to attend our group meeting", "invite an officer to our group meeting", "request officer attendance at a group meeting",
        ],
        ["briefing"] =
        [
            "request a briefing", "request briefing", "ask for a briefing", "get a briefing", "have a briefing",
            "ask for a written report", "request a written report", "request a spokesperson briefing", "ask for a spokesperson briefing",
        ],
        ["contact-report"] =
        [
            "report a councillor", "report councillor", "report a councillor's contact", "report contact from a councillor",
            "report a councillor's behaviour", "make a report about a councillor",
        ],
        ["staffing-concern"] =
        [
            "raise a staffing concern", "staffing concern", "raise a concern about an officer", "complain about an officer",
            "raise a concern about an officer's conduct",
        ],
    });

    public static Intent? Match(string text)
    {
        var phrase = Fold(text);
        switch (phrase)
        {
            case "my requests" or "show my requests" or "my reports":
                return new Intent(IntentKind.MyRequests);
            case "waiting for me" or "what is waiting for me" or "what's waiting for me":
                return new Intent(IntentKind.WaitingForMe);
        }

        if (Phrases.TryGetValue(phrase, out var command))
        {
            return command;
        }

        var opening = Openings.FirstOrDefault(o => phrase.StartsWith(o, StringComparison.Ordinal));
        return opening is not null && Phrases.TryGetValue(phrase[opening.Length..], out var request) ? request : null;
    }

    static string Fold(string text)
    {
        var folded = string.Join(' ', text.Replace('\u2019', '\'').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .TrimEnd('?', '.', '!', ' ');
        folded = folded.StartsWith("please ", StringComparison.Ordinal) ? folded["please ".Length..] : folded;
        return folded.EndsWith(" please", StringComparison.Ordinal) ? folded[..^" please".Length] : folded;
    }

    static Dictionary<string, Intent> Build(Dictionary<string, string[]> flows) => flows
        .SelectMany(flow => flow.Value.Select(phrase => (phrase, intent: new Intent(IntentKind.StartFlow, flow.Key))))
        .ToDictionary(p => p.phrase, p => p.intent, StringComparer.Ordinal);
}
