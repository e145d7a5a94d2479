using GovernanceBot.Cards;
using GovernanceBot.Knowledge.Routes;
using GovernanceBot.People;

namespace GovernanceBot.Channel;

/// <summary>
/// Names the person in the council's directory who holds the role an answer routes to. Only roles one person holds
/// are named: "Executive Director" or "line manager" depend on who is asking about what, so those answers name the
/// role alone rather than guess.
/// </summary>
sealed class DirectoryRouteContacts(ICouncilDirectory directory) : IRouteContacts
{
    // Answer roles are the wordings in Knowledge/Routes/Roles.cs; directory roles are People/CouncilRoles.
    static readonly Dictionary<string, string> DirectoryRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        [Roles.ChiefExecutive] = CouncilRoles.ChiefExecutive,
        ["Deputy Chief Executive"] = CouncilRoles.DeputyChiefExecutive,
        [Roles.MonitoringOfficer] = CouncilRoles.MonitoringOfficer,
        ["Chief Finance Officer"] = CouncilRoles.ChiefFinanceOfficer,
        ["Head of Democratic Services"] = CouncilRoles.HeadOfDemocraticServices,
        [Roles.DemocraticServices] = CouncilRoles.HeadOfDemocraticServices,
        ["Director of Legal, Procurement and Democratic Services"] = CouncilRoles.MonitoringOfficer,
        ["Executive Director"] = CouncilRoles.ExecutiveDirector,
        ["Service Director"] = CouncilRoles.ServiceDirector,
    };

    public RouteContact? Find(string councilId, string role)
    {
        if (!DirectoryRoles.TryGetValue(HeldRole(role), out var directoryRole))
        {
            return null;
        }

        CouncilDirectory council;
        try
        {
            council = directory.Council(councilId);
        }
        catch (UnknownCouncilException)
        {
            return null;
        }

        return council.WithRole(directoryRole) is [var person] ? new RouteContact(role, person.Name, person.Email) : null;
    }

    // A post named with the role it holds, "Strategic Director of Corporate Resources (Chief Finance Officer)", is
    // looked up by that role.
    static string HeldRole(string role) =>
        role.EndsWith(')') && role.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open
            && Roles.Find(role[(open + 2)..^1]).Select(r => r.Role).FirstOrDefault() is { } held
            ? held
            : role;
}
