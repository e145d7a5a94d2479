using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// The confidentiality rules of domain.md's table, in one place: who may see a request, which requests are confidential,
/// and where one may be shown. Every list, open, decision and form start asks here; nothing else decides it.
/// </summary>
public sealed class Confidentiality(RoutingRules rules)
{
    /// <summary>
    /// The one reply for a request that does not exist and for one the asker has no part in (a guessed id, another
    /// council's reference, the person a report names), so the two cannot be told apart.
    /// </summary>
    public const string NotFound = "I can't find that request. Say \"my requests\" or \"waiting for me\" to see yours.";

    /// <summary>The Teams <c>conversationType</c> of a one-to-one chat with the bot.</summary>
    public const string PersonalChat = "personal";

    /// <summary>
    /// Reports and concerns always; a request when its council's rule marks the flow confidential (derby 33 keeps
    /// spokesperson briefings confidential).
    /// </summary>
    public bool IsConfidential(string councilId, RoutingFlow flow) =>
        flow is RoutingFlow.ContactReport or RoutingFlow.StaffingConcern || RuleOf(councilId, flow) is { Confidential: true };

    public bool IsConfidential(RoutedRequest request) => IsConfidential(request.CouncilId, request.Flow);

    /// <summary>Whether something confidential may be shown in a conversation of this type: only in a personal chat.</summary>
    public static bool MayShowIn(bool confidential, string? conversationType) =>
        !confidential || conversationType is null or PersonalChat;

    /// <summary>
    /// The requester, the receiver and the receiver's deputies, and never the person a report or concern names,
    /// whatever part the directory gives them. Anyone else is told what they would be told of a request that does
    /// not exist.
    /// </summary>
    public static bool MaySee(RoutedRequest request, string viewerAadObjectId) =>
        !Same(SubjectOf(request.Details), viewerAadObjectId)
        && (Same(request.RequesterAadObjectId, viewerAadObjectId) || request.MayBeDecidedBy(viewerAadObjectId));

    /// <summary>The person a report or concern is about; null for requests that name no one.</summary>
    public static string? SubjectOf(RequestDetails details) => details switch
    {
        ContactReport c => c.CouncillorAadObjectId,
        StaffingConcern s => s.OfficerAadObjectId,
        _ => null,
    };

    static bool Same(string? a, string b) => a is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    RoutingRule? RuleOf(string councilId, RoutingFlow flow) =>
        rules.All.FirstOrDefault(r => r.CouncilId == councilId && r.Flow == flow);
}
