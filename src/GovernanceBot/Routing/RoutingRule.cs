namespace GovernanceBot.Routing;

/// <summary>
/// How one council routes one flow. <see cref="Receivers"/> are tried in order and the first that resolves
/// receives the request (and, where <see cref="Decides"/>, decides it); the requester may prefer any person
/// they name. <see cref="AbsenceDeputies"/> may act in the receiver's absence. A <see cref="Silent"/> rule
/// records that the protocol prescribes no route: it goes to the default contact and the flow says so.
/// </summary>
public sealed record RoutingRule(
    string CouncilId,
    RoutingFlow Flow,
    IReadOnlyList<string> Receivers,
    bool Decides,
    IReadOnlyList<string> AbsenceDeputies,
    IReadOnlyList<string> ToldAfterwards,
    IReadOnlyList<MeetingKind> ToldAfterwardsOnlyFor,
    bool Confidential,
    bool Silent,
    string Guidance,
    IReadOnlyList<ClauseCitation> Clauses)
{
    public bool TellsOtherGroupLeaders(MeetingKind? kind) =>
        ToldAfterwards.Contains(RouteTargets.OtherGroupLeaders)
        && (ToldAfterwardsOnlyFor.Count == 0 || (kind is { } k && ToldAfterwardsOnlyFor.Contains(k)));

    /// <summary>The citation recorded against the request and its audit entries, e.g. "derby-working-together-protocol 28".</summary>
    public string CitedAs => Clauses.Count == 0
        ? "(protocol silent)"
        : string.Join("; ", Clauses.Select(c => $"{c.Document} {c.Paragraph}").Distinct());
}
