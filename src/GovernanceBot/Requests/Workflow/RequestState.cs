using GovernanceBot.Requests.Contract;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// Requests for a decision go Submitted → Approved | Declined | RepresentativeSent. Reports and concerns go
/// Received → Acknowledged → Closed (or straight to Closed).
/// </summary>
public enum RequestState
{
    Submitted,
    Approved,
    Declined,
    RepresentativeSent,
    Received,
    Acknowledged,
    Closed,
}

static class Transitions
{
    public static bool NeedsDecision(RoutingFlow flow) => flow is RoutingFlow.OfficerAttendance or RoutingFlow.Briefing;

    public static RequestState Initial(RoutingFlow flow) => NeedsDecision(flow) ? RequestState.Submitted : RequestState.Received;

    public static bool IsOpen(RequestState state) => state is RequestState.Submitted or RequestState.Received or RequestState.Acknowledged;

    /// <summary>The state a decision leads to, or null if the decision does not apply to the flow at all.</summary>
    public static RequestState? Target(RoutingFlow flow, Decision decision) => (NeedsDecision(flow), decision) switch
    {
        (true, Decision.Approve) => RequestState.Approved,
        (true, Decision.Decline) => RequestState.Declined,
        (true, Decision.SendRepresentative) when flow == RoutingFlow.OfficerAttendance => RequestState.RepresentativeSent,
        (false, Decision.Acknowledge) => RequestState.Acknowledged,
        (false, Decision.Close) => RequestState.Closed,
        _ => null,
    };

    /// <summary>Whether the request, in its current state, still takes this decision; if not, it has already been decided.</summary>
    public static bool Accepts(RequestState current, RequestState target) =>
        current is RequestState.Submitted or RequestState.Received
        || (current == RequestState.Acknowledged && target == RequestState.Closed);
}
