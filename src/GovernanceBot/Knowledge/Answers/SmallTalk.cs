using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Answers;

/// <summary>
/// Greetings, thanks, goodbyes and questions about the bot itself. They are not questions about the protocol, so they
/// get a short reply saying what the bot does, never a search (which would answer "hi" with a clause or a hand-off).
/// A message that says anything more ("thanks — and who do I ask about…") is a question.
/// </summary>
public static partial class SmallTalk
{
    public static bool Is(string text)
    {
        if (AboutTheBot().IsMatch(text))
        {
            return true;
        }

        var words = Words().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();
        return words.Count > 0 && words.Count <= 8 && words.All(Phatic.Contains);
    }

    public static string Reply(string councilName) =>
        $"Hello! I answer questions about {councilName}'s protocol on how councillors and officers work together, quoting the clause I answer from, "
        + "and I can start the requests it sets out (an officer at a group meeting, a briefing, a report or a concern). "
        + "Ask me something like \"who do I ask to get an officer to our group meeting?\", or type help.";

    // Words that only greet, thank, take leave or acknowledge.
    static readonly HashSet<string> Phatic = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "hiya", "howdy", "yo", "morning", "afternoon", "evening", "good", "day", "there", "all", "everyone",
        "thanks", "thank", "you", "thx", "ta", "cheers", "many", "much", "very", "so", "a", "lot", "again", "that", "that's", "thats",
        "was", "is", "it", "really", "helpful", "great", "brilliant", "lovely", "perfect", "nice", "cool", "excellent", "super",
        "ok", "okay", "k", "fine", "got", "right", "sure", "bye", "goodbye", "see", "ya", "later", "for", "now", "take", "care",
        "have", "and", "the", "bot", "governancebot", "just", "testing", "test", "i", "understand", "noted",
    };

    [GeneratedRegex(@"^\W*(what (can|do) you (do|help with)|what are you( for)?|who (are|made|built|wrote) you|are you (a |an )?(bot|robot|real|human|person|ai)|how do you work|what is this( bot)?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheBot();

    [GeneratedRegex(@"[a-z']+")]
    private static partial Regex Words();
}
