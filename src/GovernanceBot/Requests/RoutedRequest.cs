using GovernanceBot.Routing;

namespace GovernanceBot.Requests;

/// <summary>A stored request as those allowed to see it see it. <see cref="Version"/> rises with every change.</summary>
public sealed record RoutedRequest(
    long Id,
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
