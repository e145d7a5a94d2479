using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Routes;

/// <summary>
/// The roles a protocol sends people to, with the wordings documents use for each. Longer, more specific
/// wordings come first so "Deputy Chief Executive" is not read as "Chief Executive".
/// </summary>
static partial class Roles
{
    public const string ChiefExecutive = "Chief Executive";
    public const string MonitoringOfficer = "Monitoring Officer";
    public const string DemocraticServices = "Democratic Services";
    const string Director = "Director";

    static readonly (string Role, string Pattern)[] Wordings =
    [
        ("Director of Legal, Procurement and Democratic Services", @"director of legal, procurement and democratic services"),
        ("Deputy Chief Executive", @"deputy chief executive"),
        (ChiefExecutive, @"chief executive|head of paid service"),
        (MonitoringOfficer, @"monitoring officer"),
        ("Chief Finance Officer", @"chief financ(e|ial) officer|section 151 officer|s151 officer"),
        ("Head of Democratic Services", @"head of democratic services"),
        (DemocraticServices, @"democratic services"),
        ("Executive Director", @"executive directors?|strategic directors?"),
        ("Service Director", @"service directors?"),
        ("relevant chief officer", @"(relevant )?chief officers?"),
        ("senior manager", @"senior managers?"),
        ("line manager", @"line managers?"),
        ("Standards Board for England", @"standards board for england"),
        ("Independent Person", @"independent persons?"),
        ("group Leader and Whip", @"leader and whip"),
        ("Chief Whip", @"chief whip"),
        (Director, @"(appropriate |relevant )?directors?"),
    ];

    static readonly Regex AnyRole = new(
        string.Join('|', Wordings.Select((w, i) => $"(?<r{i}>\\b({w.Pattern})\\b)")),
        RegexOptions.IgnoreCase | RegexOptions.Compiled);

    /// <summary>The roles named in <paramref name="text"/>, in order, with where each starts.</summary>
    public static IEnumerable<(string Role, int Index)> Find(string text)
    {
        foreach (Match match in AnyRole.Matches(text))
        {
            for (var i = 0; i < Wordings.Length; i++)
            {
                if (match.Groups[$"r{i}"].Success)
                {
                    yield return (Wordings[i].Role == Director ? TitledDirector(text, match) : Wordings[i].Role, match.Index);
                    break;
                }
            }
        }
    }

    // A director named by title, "Director of Legal and Democratic Services", is that director; "the appropriate
    // director" is any.
    static string TitledDirector(string text, Match match) =>
        match.Value.EndsWith("director", StringComparison.OrdinalIgnoreCase) && Title().Match(text, match.Index + match.Length) is { Success: true } title
            ? $"{Director}{title.Value}"
            : Director;

    [GeneratedRegex(@"\G of (the )?[A-Z][\w&-]*((,| and| &)? (the )?[A-Z][\w&-]*)*")]
    private static partial Regex Title();

    /// <summary>Bodies that no longer exist, with what replaced them, so an answer quoting an old document can say so.</summary>
    public static readonly IReadOnlyDictionary<string, string> Abolished = new Dictionary<string, string>
    {
        ["Standards Board for England"] =
            "The Standards Board for England was abolished in 2012 (Localism Act 2011): complaints that a councillor broke the code of conduct now go to the council's Monitoring Officer.",
    };
}
