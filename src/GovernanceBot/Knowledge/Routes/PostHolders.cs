using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Routes;

/// <summary>
/// The posts a clause says hold a statutory or named role, written "the Director of Legal, Procurement and Democratic
/// Services (Monitoring Officer)": asked who the Monitoring Officer is, the answer is the post, with the role.
/// </summary>
public static partial class PostHolders
{
    /// <summary>Each "post (role)" in <paramref name="text"/> whose role is one of <paramref name="roles"/>, as "post (role)".</summary>
    public static IEnumerable<string> Holding(string text, IReadOnlyCollection<string> roles)
    {
        foreach (Match match in PostWithRole().Matches(text))
        {
            var post = match.Groups["post"].Value.Trim();
            var role = match.Groups["role"].Value.Trim();
            if (!post.Contains(" the ", StringComparison.Ordinal) && RouteFinder.NamedRoles(role).Any(roles.Contains))
            {
                yield return $"{post} ({role})";
            }
        }
    }

    // "the" in lower case, so a sentence's opening "The three roles are … (…)" is not read as a post.
    [GeneratedRegex(@"\bthe\s+(?<post>[A-Z][^().;:]{2,80}?)\s+\((?<role>[^()]{3,60})\)")]
    private static partial Regex PostWithRole();
}
