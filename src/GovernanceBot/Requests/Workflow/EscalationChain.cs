using GovernanceBot.People;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Workflow;

/// <summary>Why a request did not go where its rule first sent it.</summary>
public enum Escalation
{
    None,

    /// <summary>The receiver would have been the person the report or concern names.</summary>
    ReceiverNamed,

    /// <summary>The receiver would have been the requester.</summary>
    ReceiverIsRequester,
}

/// <summary>
/// Never routes a request to the person it names or to its own requester (domain.md, "Confidentiality, case by case"):
/// such a request goes to the next person in the protocol's chain: up the would-be receiver's line management (line
/// manager, Service or Executive Director, Chief Executive), then the Monitoring Officer. A concern about the Chief
/// Executive goes to the Monitoring Officer, one about the Monitoring Officer to the Chief Executive.
/// </summary>
public sealed class EscalationChain(ICouncilDirectory directory)
{
    const int MaxManagementChain = 12;

    /// <summary>The route as it stands, or moved up the chain; null when nobody in the chain may receive it.</summary>
    public async Task<(ResolvedRoute? Route, Escalation Escalation)> GuardAsync(
        string councilId, ResolvedRoute route, Person requester, Person? subject, CancellationToken cancellationToken)
    {
        bool Excluded(Person p) => p.Id == requester.Id || p.Id == subject?.Id;

        var deputies = route.Deputies.Where(d => !Excluded(d)).ToList();
        if (!Excluded(route.Receiver))
        {
            return (route with { Deputies = deputies }, Escalation.None);
        }

        var why = route.Receiver.Id == subject?.Id ? Escalation.ReceiverNamed : Escalation.ReceiverIsRequester;
        foreach (var next in await ChainAsync(councilId, route.Receiver, subject, cancellationToken))
        {
            if (!Excluded(next))
            {
                return (new ResolvedRoute(next, deputies.Where(d => d.Id != next.Id).ToList(), route.ProtocolSilent, route.HandedOff), why);
            }
        }

        return (null, why);
    }

    async Task<List<Person>> ChainAsync(string councilId, Person wouldBe, Person? subject, CancellationToken cancellationToken)
    {
        var people = directory.Council(councilId);
        var chiefExecutives = people.WithRole(CouncilRoles.ChiefExecutive).Concat(people.WithRole(CouncilRoles.DeputyChiefExecutive));
        var monitoringOfficers = people.WithRole(CouncilRoles.MonitoringOfficer).Concat(people.WithRole(CouncilRoles.DeputyMonitoringOfficer));
        if (subject?.Has(CouncilRoles.ChiefExecutive) == true)
        {
            return [.. monitoringOfficers];
        }

        if (subject?.Has(CouncilRoles.MonitoringOfficer) == true)
        {
            return [.. chiefExecutives];
        }

        var chain = new List<Person>();
        var current = wouldBe;
        for (var depth = 0; depth < MaxManagementChain; depth++)
        {
            current = await directory.FindLineManagerAsync(councilId, current, cancellationToken);
            if (current is null || chain.Any(p => p.Id == current.Id) || current.Id == wouldBe.Id)
            {
                break;
            }

            chain.Add(current);
        }

        return [.. chain, .. chiefExecutives, .. monitoringOfficers];
    }
}
