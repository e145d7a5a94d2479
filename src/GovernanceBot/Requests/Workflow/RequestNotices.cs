using GovernanceBot.Notifications;
using GovernanceBot.People;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// Who is told what, and in which words, when a request is submitted or decided. Confidential flows name no one
/// beyond the parties and never quote the report; other groups hear only what the protocol says they are told. The
/// requester is not notified of their own submission: the reply to their Send says it, once.
/// </summary>
static class RequestNotices
{
    public const string DecisionNeeded = "decision-needed";
    public const string ReportReceived = "report-received";
    public const string OtherGroupNotice = "other-group-notice";
    public const string AttendanceAgreed = "attendance-agreed";

    public static IEnumerable<OutboxMessage> OnSubmitted(RoutedRequest request, RoutingRule rule, CouncilDirectory people)
    {
        var requester = Describe(people, request.RequesterAadObjectId);
        var silent = request.ProtocolSilent ? " The protocol does not prescribe a route for this, so it has been handed to the council's contact." : "";
        if (Transitions.NeedsDecision(request.Flow))
        {
            var group = GroupName(people, request.GroupId);
            yield return Message(request, request.ReceiverAadObjectId, DecisionNeeded, $"{request.Reference}: for your decision",
                $"{requester} ({group} group) asks for {request.Details.Summary}.{silent} {rule.Guidance}".TrimEnd(), rule, actionable: true);
            yield break;
        }

        var what = request.Flow == RoutingFlow.ContactReport ? "report" : "concern";
        yield return Message(request, request.ReceiverAadObjectId, ReportReceived, $"{request.Reference}: confidential {what}",
            $"A confidential {what} has been sent to you ({rule.CitedAs}).{silent} Open {request.Reference} in GovernanceBot to read it.", rule, actionable: true);
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
        yield return Message(decided, decided.RequesterAadObjectId, kind, $"{decided.Reference}: {StateWords(decided.State)}", text, rule);

        if (decided.State is not (RequestState.Approved or RequestState.RepresentativeSent))
        {
            yield break;
        }

        if (decided is { State: RequestState.Approved, Details: OfficerAttendanceRequest attendance }
            && OfficerAsked(people, attendance.OfficerOrService) is { } officer
            && !string.Equals(officer.AadObjectId, decided.DecidedByAadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            yield return Message(decided, officer.AadObjectId, AttendanceAgreed, $"{decided.Reference}: you are asked to attend",
                $"{by} has agreed that you attend the {GroupName(people, decided.GroupId)} group's {Meeting(attendance)} on {attendance.MeetingDate:d MMMM yyyy}; "
                + $"the subject is {attendance.Subject}. {rule.Guidance}".TrimEnd(), rule);
        }

        var kindOfMeeting = (decided.Details as OfficerAttendanceRequest)?.Kind;
        if (!rule.TellsOtherGroupLeaders(kindOfMeeting))
        {
            yield break;
        }

        foreach (var leader in OtherGroupLeaders(people, decided))
        {
            yield return Message(decided, leader.AadObjectId, OtherGroupNotice, $"{decided.Reference}: offered to your group too",
                OtherGroupText(decided, GroupName(people, decided.GroupId), rule), rule);
        }
    }

    /// <summary>"Approved", "A representative will be sent": words, never the enum's name.</summary>
    static string StateWords(RequestState state) => state switch
    {
        RequestState.RepresentativeSent => "A representative will be sent",
        _ => state.ToString(),
    };

    /// <summary>The one person in the directory the requester named by name or job title; null when it names a service or no one certain.</summary>
    static Person? OfficerAsked(CouncilDirectory people, string officerOrService)
    {
        var named = officerOrService.Trim();
        var matches = people.People
            .Where(p => p.IsOfficer && (string.Equals(p.Name, named, StringComparison.OrdinalIgnoreCase)
                || string.Equals(p.Title, named, StringComparison.OrdinalIgnoreCase)))
            .ToList();
        return matches is [var one] ? one : null;
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
            + $"will attend the {group} group's {Meeting(a)} on {a.MeetingDate:d MMMM yyyy}; the subject is {a.Subject}. "
            + $"Your group may ask for a similar facility ({rule.CitedAs}).",
        BriefingRequest b => $"The {group} group is to receive {b.Summary}. Your group may ask for a similar facility ({rule.CitedAs}).",
        _ => throw new InvalidOperationException($"{request.Flow} requests are never announced to other groups."),
    };

    /// <summary>What the other group's own request starts with: the same officer or service and subject; their own date.</summary>
    static Dictionary<string, string> OfferOf(RequestDetails details) => details switch
    {
        OfficerAttendanceRequest a => new() { [RequestFields.OfficerOrService] = a.OfficerOrService, [RequestFields.Subject] = a.Subject, [RequestFields.MeetingKindField] = RequestFields.MeetingKindValue(a.Kind) },
        BriefingRequest b => new() { [RequestFields.Service] = b.Service, [RequestFields.Subject] = b.Subject, [RequestFields.BriefingKindField] = RequestFields.BriefingKindValue(b.Kind) },
        _ => [],
    };

    static string Meeting(OfficerAttendanceRequest a) => a.Kind == MeetingKind.ShadowCabinet ? "Shadow Cabinet meeting" : "meeting";

    static string GroupName(CouncilDirectory people, string? groupId) => people.Groups.FirstOrDefault(g => g.Id == groupId)?.Name ?? "a political";

    static string Describe(CouncilDirectory people, string aadObjectId) => people.ByAadObjectId(aadObjectId) is { } person
        ? person.Title is { Length: > 0 } title ? $"{person.Name}, {title}" : person.Name
        : "the officer responsible";

    static OutboxMessage Message(RoutedRequest request, string recipient, string kind, string title, string text, RoutingRule rule, bool actionable = false) => new(
        $"{request.Reference}/v{request.Version}/{kind}/{recipient.ToLowerInvariant()}",
        recipient,
        new NotificationMessage(kind, request.PublicId, request.Reference, request.CouncilId, RoutingFileNames.Of(request.Flow), request.Version,
            title, text, rule.CitedAs, rule.Confidential, actionable)
        {
            Offer = kind == OtherGroupNotice ? System.Text.Json.JsonSerializer.Serialize(OfferOf(request.Details)) : null,
        });
}
