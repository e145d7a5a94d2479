using GovernanceBot.People;

namespace GovernanceBot.Routing;

/// <summary>
/// Who a rule sends a request to, in words, for telling someone who pressed a button they may not press who can.
/// Built from the rule alone (configuration, like the protocol it cites), never from a request, so it tells a
/// stranger to the request nothing about it.
/// </summary>
public static class ReceiverWords
{
    static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        [CouncilRoles.ChiefExecutive] = "the Chief Executive",
        [CouncilRoles.DeputyChiefExecutive] = "the Deputy Chief Executive",
        [CouncilRoles.MonitoringOfficer] = "the Monitoring Officer",
        [CouncilRoles.DeputyMonitoringOfficer] = "the Deputy Monitoring Officer",
        [CouncilRoles.ChiefFinanceOfficer] = "the Chief Finance Officer",
        [CouncilRoles.ExecutiveDirector] = "an Executive Director",
        [CouncilRoles.ServiceDirector] = "a Service Director",
        [CouncilRoles.HeadOfDemocraticServices] = "the Head of Democratic Services",
        [CouncilRoles.SeniorManager] = "a senior manager",
        [CouncilRoles.Councillor] = "a councillor",
        [CouncilRoles.Officer] = "an officer",
        [RouteTargets.DefaultContact] = "the council's default contact",
        [RouteTargets.LineManager] = "the line manager of the person who sent it",
        [RouteTargets.RelevantChiefOfficer] = "the chief officer for the service concerned",
        [RouteTargets.ByOfficerLevel] = "the senior officer the protocol names for the officer's level",
    };

    /// <summary>E.g. "Only the Chief Executive (or the Deputy Chief Executive in their absence) can decide this."</summary>
    public static string OnlyThoseWhoAct(RoutingRule rule)
    {
        var receivers = Join(rule.Silent ? [RouteTargets.DefaultContact] : rule.Receivers);
        var whichever = !rule.Silent && rule.Receivers.Count > 1 ? ", whichever it was sent to," : "";
        var deputies = rule.Silent || rule.AbsenceDeputies.Count == 0 ? "" : $" (or {Join(rule.AbsenceDeputies)} in their absence)";
        return $"Only {receivers}{deputies}{whichever} can {(rule.Decides ? "decide" : "act on")} this.";
    }

    static string Join(IReadOnlyList<string> targets)
    {
        var names = targets.Select(t => Names.GetValueOrDefault(t, t)).Distinct().ToList();
        return names.Count == 1 ? names[0] : $"{string.Join(", ", names[..^1])} or {names[^1]}";
    }
}
