using GovernanceBot.People;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests;

/// <summary>A request as the requester submits it. The requester's identity is passed separately, from the authenticated activity.</summary>
public sealed record Submission(string CouncilId, RequestDetails Details, string? PreferredReceiverAadObjectId = null);

public enum SubmitOutcome
{
    Submitted,
    UnknownRequester,
    NotInPoliticalGroup,
    OnlyOfficersReport,
    OnlyCouncillorsRaise,
    UnknownPersonNamed,
    Incomplete,
}

/// <summary>
/// What became of a submission. When <see cref="ProtocolSilent"/>, the flow must tell the user the protocol does
/// not prescribe a route and that the request went to <see cref="Receiver"/>, the council's default contact.
/// <see cref="Guidance"/> is what the bot must say under the rule (e.g. "facts and professional advice only").
/// </summary>
public sealed record SubmitResult(SubmitOutcome Outcome, RoutedRequest? Request, Person? Receiver, RoutingRule? Rule)
{
    public bool ProtocolSilent => Request?.ProtocolSilent ?? false;

    public string Guidance => Rule?.Guidance ?? "";

    public static SubmitResult Rejected(SubmitOutcome outcome) => new(outcome, null, null, null);
}

/// <summary>A decision as the decider's card sent it. The actor's identity is passed separately, never taken from card data.</summary>
public sealed record DecisionCommand(long RequestId, string Reference, int ExpectedVersion, Decision Decision, string? Reason = null);

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
    ReferenceMismatch,
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
