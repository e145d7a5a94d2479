using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// A stored request as those allowed to see it see it. <see cref="PublicId"/> is what cards and notifications carry:
/// derived from the form it was sent from and unguessable; <see cref="Id"/> never leaves the database.
/// <see cref="Reference"/> is for people to quote, never a key. <see cref="Version"/> rises with every change.
/// </summary>
public sealed record RoutedRequest(
    long Id,
    string PublicId,
    string Reference,
    string CouncilId,
    RoutingFlow Flow,
    RequestState State,
    int Version,
    string RequesterAadObjectId,
    string ReceiverAadObjectId,
    IReadOnlyList<string> DeputyAadObjectIds,
    string? GroupId,
    RequestDetails Details,
    string CitedAs,
    bool ProtocolSilent,
    string? DecisionNote,
    string? DecidedByAadObjectId,
    DateTimeOffset SubmittedUtc,
    DateTimeOffset? DecidedUtc)
{
    public bool MayBeDecidedBy(string aadObjectId) =>
        string.Equals(ReceiverAadObjectId, aadObjectId, StringComparison.OrdinalIgnoreCase)
        || DeputyAadObjectIds.Contains(aadObjectId, StringComparer.OrdinalIgnoreCase);
}
