using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Routes;

/// <summary>
/// Finds the role a clause sends the reader to: a role named just after a directing word ("made to the
/// Chief Executive", "raised with the appropriate Service Director", "refer the matter to"), or the role the clause
/// makes responsible ("will be managed by the Head of Democratic Services", "at the discretion of", "with the agreement
/// of the Chief Whip", "under the management of").
/// </summary>
public static partial class RouteFinder
{
    const int CueWindow = 48;

    /// <summary>Roles the text directs the reader to, in order of appearance, each once.</summary>
    public static IReadOnlyList<string> DirectedRoles(string text) =>
        Roles.Find(text)
            .Where(r => Cue().IsMatch(text[Math.Max(0, r.Index - CueWindow)..r.Index]))
            .Select(r => r.Role)
            .Distinct()
            .ToList();

    /// <summary>Every role the text names, in order, each once.</summary>
    public static IReadOnlyList<string> NamedRoles(string text) => Roles.Find(text).Select(r => r.Role).Distinct().ToList();

    [GeneratedRegex(@"\b(to|with|request|requests|requested|ask|asked|refer|referred|report|reported|raise|raised|attention of|contact|consult|consulting|consulted|inform|notify|approach|direct|directed|(managed|decided|determined|agreed|approved|authori[sz]ed|dealt with|undertaken) by|discretion of|rests with|(agreement|approval|consent|permission|management) of)\b(?!.*[.;:])", RegexOptions.IgnoreCase)]
    private static partial Regex Cue();
}
