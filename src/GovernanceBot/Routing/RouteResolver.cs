using GovernanceBot.People;

namespace GovernanceBot.Routing;

/// <summary>Turns a rule's receivers into people for one request. Neither the requester nor the person the request is about is ever a receiver.</summary>
public sealed class RouteResolver(ICouncilDirectory directory)
{
    const int MaxManagementChain = 12;

    static readonly string[] Directors = [CouncilRoles.ServiceDirector, CouncilRoles.ExecutiveDirector];

    public async Task<ResolvedRoute> ResolveAsync(RoutingRule rule, RoutingContext context, string? preferredAadObjectId, CancellationToken cancellationToken)
    {
        var people = directory.Council(rule.CouncilId);
        if (rule.Silent)
        {
            return new ResolvedRoute(people.DefaultContact, [], ProtocolSilent: true, HandedOff: true);
        }

        var candidates = await CandidatesAsync(rule.CouncilId, rule.Receivers, context, cancellationToken);
        var receiver = candidates.FirstOrDefault(p => string.Equals(p.AadObjectId, preferredAadObjectId, StringComparison.OrdinalIgnoreCase))
            ?? candidates.FirstOrDefault();
        if (receiver is null)
        {
            return new ResolvedRoute(people.DefaultContact, [], ProtocolSilent: false, HandedOff: true);
        }

        var deputies = (await CandidatesAsync(rule.CouncilId, rule.AbsenceDeputies, context, cancellationToken))
            .Where(p => p.Id != receiver.Id)
            .ToList();
        return new ResolvedRoute(receiver, deputies, ProtocolSilent: false, HandedOff: false);
    }

    async Task<List<Person>> CandidatesAsync(string councilId, IEnumerable<string> targets, RoutingContext context, CancellationToken cancellationToken)
    {
        var found = new List<Person>();
        foreach (var target in targets)
        {
            found.AddRange(await ResolveTargetAsync(councilId, target, context, cancellationToken));
        }

        return found
            .Where(p => p.Id != context.Requester.Id && p.Id != context.Subject?.Id)
            .DistinctBy(p => p.Id)
            .ToList();
    }

    async Task<IReadOnlyList<Person>> ResolveTargetAsync(string councilId, string target, RoutingContext context, CancellationToken cancellationToken)
    {
        var people = directory.Council(councilId);
        return target switch
        {
            RouteTargets.DefaultContact => [people.DefaultContact],
            RouteTargets.LineManager => await directory.FindLineManagerAsync(councilId, context.Requester, cancellationToken) is { } manager ? [manager] : [],
            RouteTargets.RelevantChiefOfficer => await ChiefOfficersForAsync(councilId, context.Service, cancellationToken),
            RouteTargets.ByOfficerLevel => await ByOfficerLevelAsync(councilId, context.Subject, cancellationToken),
            _ => people.WithRole(target),
        };
    }

    /// <summary>The directors of the service, or else the first director above anyone who works in it.</summary>
    async Task<IReadOnlyList<Person>> ChiefOfficersForAsync(string councilId, string? service, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(service))
        {
            return [];
        }

        var inService = directory.Council(councilId).People
            .Where(p => string.Equals(p.Service, service.Trim(), StringComparison.OrdinalIgnoreCase))
            .ToList();
        var directors = inService.Where(p => Directors.Any(p.Has)).OrderBy(p => p.Has(CouncilRoles.ServiceDirector) ? 0 : 1).ToList();
        if (directors.Count > 0)
        {
            return directors;
        }

        var above = new List<Person>();
        foreach (var person in inService)
        {
            if (await FirstAboveAsync(councilId, person, Directors, cancellationToken) is { } director)
            {
                above.Add(director);
            }
        }

        return above;
    }

    /// <summary>lbe 17: an officer's Service Director; a director's Executive Director or the Chief Executive; the Chief Executive's Monitoring Officer.</summary>
    async Task<IReadOnlyList<Person>> ByOfficerLevelAsync(string councilId, Person? officer, CancellationToken cancellationToken)
    {
        if (officer is null)
        {
            return [];
        }

        var people = directory.Council(councilId);
        if (officer.Has(CouncilRoles.ChiefExecutive))
        {
            return people.WithRole(CouncilRoles.MonitoringOfficer);
        }

        if (officer.Has(CouncilRoles.ServiceDirector) || officer.Has(CouncilRoles.ExecutiveDirector))
        {
            var executiveDirector = await FirstAboveAsync(councilId, officer, [CouncilRoles.ExecutiveDirector], cancellationToken);
            return [.. executiveDirector is null ? [] : new[] { executiveDirector }, .. people.WithRole(CouncilRoles.ChiefExecutive)];
        }

        var serviceDirector = await FirstAboveAsync(councilId, officer, [CouncilRoles.ServiceDirector], cancellationToken);
        return serviceDirector is not null
            ? [serviceDirector]
            : people.WithRole(CouncilRoles.ServiceDirector).Where(d => d.Service is not null && d.Service == officer.Service).ToList();
    }

    async Task<Person?> FirstAboveAsync(string councilId, Person person, IReadOnlyList<string> roles, CancellationToken cancellationToken)
    {
        var current = person;
        for (var depth = 0; depth < MaxManagementChain; depth++)
        {
            current = await directory.FindLineManagerAsync(councilId, current, cancellationToken);
            if (current is null || current.Id == person.Id)
            {
                return null;
            }

            if (roles.Any(current.Has))
            {
                return current;
            }
        }

        return null;
    }
}
