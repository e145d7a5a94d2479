using GovernanceBot.Notifications;
using GovernanceBot.People;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests;

/// <summary>
/// Who is told what, and in which words, when a request is submitted or decided. Confidential flows name no one
/// beyond the parties and never quote the report; other groups hear only what the protocol says they are told.
/// </summary>
static class RequestNotices
{
    public static IEnumerable<OutboxMessage> OnSubmitted(RoutedRequest request, RoutingRule rule, CouncilDirectory people)
    {
        var receiver = Describe(people, request.ReceiverAadObjectId);
        var requester = Describe(people, request.RequesterAadObjectId);
        var silent = request.ProtocolSilent ? " The protocol does not prescribe a route for this, so it has been handed to the council's contact." : "";
        if (Transitions.NeedsDecision(request.Flow))
        {
            var group = GroupName(people, request.GroupId);
            yield return Message(request, request.ReceiverAadObjectId, "decision-needed", $"{request.Reference}: for your decision",
                $"{requester} ({group} group) asks for {request.Details.Summary}.{silent} {rule.Guidance}".TrimEnd(), rule, actionable: true);
            yield return Message(request, request.RequesterAadObjectId, "request-submitted", $"{request.Reference}: request sent",
                $"Your request for {request.Details.Summary} has gone to {receiver}.{silent}", rule);
            yield break;
        }

        var what = request.Flow == RoutingFlow.ContactReport ? "report" : "concern";
        yield return Message(request, request.ReceiverAadObjectId, "report-received", $"{request.Reference}: confidential {what}",
            $"A confidential {what} has been sent to you ({rule.CitedAs}).{silent} Open {request.Reference} in GovernanceBot to read it.", rule, actionable: true);
        yield return Message(request, request.RequesterAadObjectId, "report-submitted", $"{request.Reference}: {what} received",
            $"Your {what} has gone in confidence to {receiver}. Quote {request.Reference} to check on it.{silent}", rule);
    }

    public static IEnumerable<OutboxMessage> OnDecided(RoutedRequest decided, RoutingRule rule, CouncilDirectory people)
    {
        var by = Describe(people, decided.DecidedByAadObjectId ?? decided.ReceiverAadObjectId);
        var note = string.IsNullOrWhiteSpace(decided.DecisionNote) ? "" : $" {decided.DecisionNote.Trim()}";
        var (kind, text) = decided.State switch
        {
            RequestState.Approved => ("request-approved", $"{by} agreed to {decided.Details.Summary}.{note}"),
            RequestState.RepresentativeSent => ("representative-sent", $"{by} will send a representative for {decided.Details.Summary}.{note}"),
            RequestState.Declined => ("request-declined", $"{by} declined {decided.Details.Summary}. Reason:{note}"),
            RequestState.Acknowledged => ("report-acknowledged", $"{by} has acknowledged your {decided.Reference}."),
            _ => ("report-closed", $"{by} has closed {decided.Reference}."),
        };
        yield return Message(decided, decided.RequesterAadObjectId, kind, $"{decided.Reference}: {decided.State}", text, rule);

        if (decided.State is not (RequestState.Approved or RequestState.RepresentativeSent))
        {
            yield break;
        }

        var kindOfMeeting = (decided.Details as OfficerAttendanceRequest)?.Kind;
        if (!rule.TellsOtherGroupLeaders(kindOfMeeting))
        {
            yield break;
        }

        foreach (var leader in OtherGroupLeaders(people, decided))
        {
            yield return Message(decided, leader.AadObjectId, "other-group-notice", $"{decided.Reference}: offered to your group too",
                OtherGroupText(decided, GroupName(people, decided.GroupId), rule), rule);
        }
    }

    /// <summary>The leader of every group but the requester's, each once, never the requester.</summary>
    static IEnumerable<Person> OtherGroupLeaders(CouncilDirectory people, RoutedRequest request) => people.Groups
        .Where(g => g.Id != request.GroupId)
        .Select(people.LeaderOf)
        .Where(p => !string.Equals(p.AadObjectId, request.RequesterAadObjectId, StringComparison.OrdinalIgnoreCase))
        .DistinctBy(p => p.Id);

    static string OtherGroupText(RoutedRequest request, string group, RoutingRule rule) => request.Details switch
    {
        OfficerAttendanceRequest a => $"{(request.State == RequestState.RepresentativeSent ? "A representative of " : "")}{a.OfficerOrService} "
            + $"will attend the {group} group's meeting on {a.MeetingDate:d MMMM yyyy}; the subject is {a.Subject}. "
            + $"Your group may ask for a similar facility ({rule.CitedAs}).",
        BriefingRequest b => $"The {group} group is to receive {b.Summary}. Your group may ask for a similar facility ({rule.CitedAs}).",
        _ => throw new InvalidOperationException($"{request.Flow} requests are never announced to other groups."),
    };

    static string GroupName(CouncilDirectory people, string? groupId) => people.Groups.FirstOrDefault(g => g.Id == groupId)?.Name ?? "a political";

    static string Describe(CouncilDirectory people, string aadObjectId) => people.ByAadObjectId(aadObjectId) is { } person
        ? person.Title is { Length: > 0 } title ? $"{person.Name}, {title}" : person.Name
        : "the officer responsible";

    static OutboxMessage Message(RoutedRequest request, string recipient, string kind, string title, string text, RoutingRule rule, bool actionable = false) => new(
        $"{request.Reference}/v{request.Version}/{kind}/{recipient.ToLowerInvariant()}",
        recipient,
        new NotificationMessage(kind, request.Id, request.Reference, request.CouncilId, RoutingFileNames.Of(request.Flow), request.Version,
            title, text, rule.CitedAs, rule.Confidential, actionable));
}
