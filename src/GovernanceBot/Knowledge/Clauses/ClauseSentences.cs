using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Clauses;

/// <summary>A clause's sentences: it ends at a full stop, question or exclamation mark followed by a capital or an opening bracket or quote.</summary>
public static partial class ClauseSentences
{
    public static List<string> Split(string clauseText) =>
        Sentence().Split(clauseText).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z(“""'])")]
    private static partial Regex Sentence();
}
