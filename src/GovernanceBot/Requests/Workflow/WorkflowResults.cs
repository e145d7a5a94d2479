using GovernanceBot.Requests.Contract;
using GovernanceBot.People;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// A request as the requester submits it, from the form <see cref="FormId"/> (sending the same form again names the same
/// request). The requester's identity is passed separately, from the authenticated activity.
/// </summary>
public sealed record Submission(string CouncilId, RequestDetails Details, string? PreferredReceiverAadObjectId = null, string? FormId = null);

public enum SubmitOutcome
{
    Submitted,
    UnknownRequester,
    NotInPoliticalGroup,
    OnlyOfficersReport,
    OnlyCouncillorsRaise,
    UnknownPersonNamed,
    Incomplete,

    /// <summary>Everyone the protocol's chain names is the requester or the person the request is about.</summary>
    NoOneToReceive,
}

/// <summary>
/// What became of a submission. When <see cref="ProtocolSilent"/>, the flow must tell the user the protocol does
/// not prescribe a route and that the request went to <see cref="Receiver"/>, the council's default contact.
/// <see cref="Guidance"/> is what the bot must say under the rule (e.g. "facts and professional advice only").
/// <see cref="AlreadySent"/>: this form had been sent before, and <see cref="Request"/> is what it made then.
/// <see cref="Escalation"/>: why the request went further up the protocol's chain than the rule's first receiver.
/// </summary>
public sealed record SubmitResult(SubmitOutcome Outcome, RoutedRequest? Request, Person? Receiver, RoutingRule? Rule)
{
    public bool AlreadySent { get; init; }

    public Escalation Escalation { get; init; }

    public bool ProtocolSilent => Request?.ProtocolSilent ?? false;

    public string Guidance => Rule?.Guidance ?? "";

    public static SubmitResult Rejected(SubmitOutcome outcome) => new(outcome, null, null, null);
}

/// <summary>A decision as the decider's card sent it (the request's public id). The actor's identity is passed separately, never taken from card data.</summary>
public sealed record DecisionCommand(string RequestId, int ExpectedVersion, Decision Decision, string? Reason = null);

public enum DecisionOutcome
{
    Decided,
    AlreadyDecided,
    Refused,
}

public enum RefusalReason
{
    None,
    NotFound,
    NotDecider,
    DecisionNotAllowed,
    StaleVersion,
    ReasonRequired,
}

/// <summary>
/// The result of a decision. Only <see cref="DecisionOutcome.Decided"/> changed anything or notified anyone.
/// <see cref="Request"/> is returned only to someone allowed to see it.
/// </summary>
public sealed record DecisionResult(DecisionOutcome Outcome, RefusalReason Refusal, RoutedRequest? Request);
