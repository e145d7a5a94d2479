using GovernanceBot.People;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Cards;

/// <summary>How requests are described to people: flow names, states, who decided and when.</summary>
public static class RequestText
{
    public static string FlowTitle(RoutingFlow flow) => flow switch
    {
        RoutingFlow.OfficerAttendance => "Officer attendance",
        RoutingFlow.Briefing => "Briefing",
        RoutingFlow.ContactReport => "Confidential report of contact",
        _ => "Confidential concern about an officer",
    };

    public static string State(RequestState state) => state switch
    {
        RequestState.Submitted => "Waiting for a decision",
        RequestState.Approved => "Approved",
        RequestState.Declined => "Declined",
        RequestState.RepresentativeSent => "A representative will be sent",
        RequestState.Received => "Received, not yet acknowledged",
        RequestState.Acknowledged => "Acknowledged",
        _ => "Closed",
    };

    /// <summary>"Approved by you on 2 March 2026", or by name for anyone else; null while undecided.</summary>
    public static string? Decided(RoutedRequest request, CouncilDirectory people, string viewerAadObjectId)
    {
        if (request.DecidedByAadObjectId is not { } by || request.DecidedUtc is not { } when)
        {
            return null;
        }

        var who = string.Equals(by, viewerAadObjectId, StringComparison.OrdinalIgnoreCase) ? "you" : Name(people, by);
        var verb = request.State switch
        {
            RequestState.RepresentativeSent => "Representative to be sent, decided",
            _ => State(request.State),
        };
        return $"{verb} by {who} on {when:d MMMM yyyy}.";
    }

    public static string Name(CouncilDirectory people, string aadObjectId) => people.ByAadObjectId(aadObjectId) is { } person
        ? person.Title is { Length: > 0 } title ? $"{person.Name} ({title})" : person.Name
        : "someone no longer in the directory";
}
