using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Routes;

/// <summary>
/// A route a clause gives in place of its main one, and when: "(or to the Chief Executive if the refusal was by the
/// Monitoring Officer)", "to the Chief Executive or in their absence the Deputy Chief Executive", "the Monitoring
/// Officer or their deputy or, in the absence of both, the Head of Paid Service".
/// </summary>
public sealed record AlternativeRoute(string Role, string Condition, bool WhenAbsent)
{
    /// <summary>
    /// Whether the question is in the alternative's case: it says someone is away, for an alternative that applies in
    /// an absence; it names a role the condition names ("it was the Monitoring Officer who refused"), for one that
    /// applies when that role has acted.
    /// </summary>
    public bool AppliesTo(string question) =>
        WhenAbsent
            ? AlternativeRoutes.SaysAbsent(question)
            : RouteFinder.NamedRoles(Condition).Intersect(RouteFinder.NamedRoles(question)).Any();
}

public static partial class AlternativeRoutes
{
    // How far after "or to" or "in their absence" the alternative's role may start: "the", "to the", "their".
    const int RoleStartsWithin = 12;

    /// <summary>The alternatives <paramref name="text"/> gives, in order of appearance.</summary>
    public static IReadOnlyList<AlternativeRoute> In(string text) =>
        Found(Conditional(), text, whenAbsent: false).Concat(Found(OnAbsence(), text, whenAbsent: true))
            .OrderBy(f => f.Index).Select(f => f.Route).ToList();

    static IEnumerable<(int Index, AlternativeRoute Route)> Found(Regex pattern, string text, bool whenAbsent) =>
        pattern.Matches(text)
            .Select(match => (match.Index, Role: RoleAtStart(match.Groups["role"].Value), Condition: match.Groups["condition"].Value))
            .Where(m => m.Role is not null)
            .Select(m => (m.Index, new AlternativeRoute(m.Role!, m.Condition, whenAbsent)));

    /// <summary>Whether the question says someone is away: on leave, off sick, on holiday, unavailable.</summary>
    public static bool SaysAbsent(string question) => Absent().IsMatch(question);

    static string? RoleAtStart(string text) =>
        Roles.Find(text).Where(r => r.Index <= RoleStartsWithin).Select(r => r.Role).FirstOrDefault();

    // "or to the Chief Executive if the refusal was by the Monitoring Officer": "or", the role, then its condition.
    [GeneratedRegex(@"\bor\s+(?<role>(to\s+)?[^.;:()]{0,80}?)\s+(if|where|when|unless)\s+(?<condition>[^.;:()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex Conditional();

    // "or in their absence the Deputy Chief Executive", "or, in the absence of both, the Head of Paid Service".
    [GeneratedRegex(@"\bin\s+(?<condition>(their|his|her|its)\s+absence|the\s+absence\s+of\s+[^,.;:()]{1,60}?)\s*,?\s+(?<role>[^.;:()]{1,80})", RegexOptions.IgnoreCase)]
    private static partial Regex OnAbsence();

    [GeneratedRegex(@"\b(on\s+((annual|sick|long[- ]term|maternity|paternity|parental|study|compassionate)\s+)?leave|off\s+(sick|work|ill)|on\s+holiday|away|absent|unavailable|not\s+available|out\s+of\s+(the\s+)?office|not\s+(around|in\s+work|in\s+the\s+office)|isn'?t\s+(around|in))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Absent();
}
