using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Answers;

/// <summary>What kind of answer a question wants.</summary>
public static partial class QuestionIntent
{
    /// <summary>"Who do I ask…", "to whom…", "where do I report…": the user wants a role to go to.</summary>
    public static bool AsksForRole(string question) => AsksForRolePattern().IsMatch(question);

    [GeneratedRegex(@"\b(who|whom|whose)\b|\bwhich (officer|person|director|manager|role)\b|\bwhere (do|should|can|must|would) (i|we|you|they|a|an|the|officers?|councillors?|members?)\b|\b(go|turn|speak|talk) to\b", RegexOptions.IgnoreCase)]
    private static partial Regex AsksForRolePattern();
}
