namespace GovernanceBot.Requests.Conversation;

public enum IntentKind
{
    StartFlow,
    MyRequests,
    WaitingForMe,

    /// <summary>A reference the bot gave out ("DER-REP-0001"), to open that request.</summary>
    OpenReference,
}

/// <summary>A command or plain request the bot recognised: a flow to start, a list to show, or a reference to open.</summary>
public sealed record Intent(IntentKind Kind, string? Flow = null, string? Reference = null);

/// <summary>
/// Recognises commands ("report a councillor") and plain requests ("I want to report a councillor", "can I ask
/// for a briefing") by exact phrases, after folding case, punctuation and politeness. Anything else is a question:
/// a guess that started a confidential form would be worse than an answer.
/// </summary>
public static partial class FlowIntents
{
    static readonly HashSet<string> MyRequests = new(StringComparer.Ordinal)
    {
        "my requests", "my request", "show my requests", "show my request", "my reports", "my report", "my concerns", "list my requests",
        "what have i asked for", "what are my requests", "where are my requests", "what about my requests",
    };

    static readonly HashSet<string> WaitingForMe = new(StringComparer.Ordinal)
    {
        "waiting for me", "what is waiting for me", "what's waiting for me", "whats waiting for me", "what waits for me",
        "anything waiting for me", "is anything waiting for me", "what needs me", "what needs my decision",
    };

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
        if (MyRequests.Contains(phrase))
        {
            return new Intent(IntentKind.MyRequests);
        }

        if (WaitingForMe.Contains(phrase))
        {
            return new Intent(IntentKind.WaitingForMe);
        }

        // A reference alone, or with a word or two ("open DER-REP-0001", "what about der-rep-0001?").
        if (phrase.Split(' ').Length <= 4 && ReferencePattern().Match(text) is { Success: true } reference)
        {
            return new Intent(IntentKind.OpenReference, Reference: reference.Value.ToUpperInvariant());
        }

        if (Phrases.TryGetValue(phrase, out var command))
        {
            return command;
        }

        var opening = Openings.FirstOrDefault(o => phrase.StartsWith(o, StringComparison.Ordinal));
        return opening is not null && Phrases.TryGetValue(phrase[opening.Length..], out var request) ? request : null;
    }

    /// <summary>
    /// Whether typed text is a question or a command rather than an answer to a form's question: a recognised command,
    /// help or cancel, or anything asked ("actually who decides this?"). Such text is answered and the form is kept.
    /// </summary>
    public static bool IsQuestionOrCommand(string text)
    {
        var phrase = Fold(text);
        return Match(text) is not null || DialogWords.IsHelp(text) || DialogWords.IsCancel(text)
            || text.TrimEnd().EndsWith('?') || phrase.StartsWith("actually ", StringComparison.Ordinal) || phrase == "actually";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b[A-Za-z]{3}-[A-Za-z]{3}-[0-9]{4}\b")]
    private static partial System.Text.RegularExpressions.Regex ReferencePattern();

    static string Fold(string text)
    {
        var folded = string.Join(' ', text.Replace('\u2019', '\'').ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .TrimEnd('?', '.', '!', ' ');
        folded = folded.StartsWith("show me ", StringComparison.Ordinal) ? "show " + folded["show me ".Length..] : folded;
        folded = folded.StartsWith("please ", StringComparison.Ordinal) ? folded["please ".Length..] : folded;
        return folded.EndsWith(" please", StringComparison.Ordinal) ? folded[..^" please".Length] : folded;
    }

    static Dictionary<string, Intent> Build(Dictionary<string, string[]> flows) => flows
        .SelectMany(flow => flow.Value.Select(phrase => (phrase, intent: new Intent(IntentKind.StartFlow, flow.Key))))
        .ToDictionary(p => p.phrase, p => p.intent, StringComparer.Ordinal);
}
