namespace GovernanceBot.Requests.Workflow;

public sealed partial class RequestWorkflow
{
    /// <summary>The request, if the viewer may see it (<see cref="Confidentiality.MaySee"/>); otherwise null, as if it did not exist.</summary>
    public Task<RoutedRequest?> GetAsync(string publicId, string viewerAadObjectId, CancellationToken cancellationToken)
    {
        if (!RequestIds.IsWellFormed(publicId))
        {
            return Task.FromResult<RoutedRequest?>(null);
        }

        return MaySeeAsync(records.FindAsync(publicId, cancellationToken), viewerAadObjectId);
    }

    /// <summary>The request a typed reference names, if the viewer may see it; otherwise null, whichever council it is in.</summary>
    public Task<RoutedRequest?> FindByReferenceAsync(string reference, string viewerAadObjectId, CancellationToken cancellationToken)
    {
        return MaySeeAsync(records.FindByReferenceAsync(reference.ToUpperInvariant(), cancellationToken), viewerAadObjectId);
    }

    /// <summary>"My requests": what the person has submitted, newest first, with its state.</summary>
    public async Task<IReadOnlyList<RoutedRequest>> MyRequestsAsync(string aadObjectId, CancellationToken cancellationToken) =>
        (await records.ForPartyAsync(aadObjectId, [RequestParts.Requester], cancellationToken))
            .Where(r => Confidentiality.MaySee(r, aadObjectId))
            .ToList();

    /// <summary>"Waiting for me": open requests the person receives or may decide in the receiver's absence.</summary>
    public async Task<IReadOnlyList<RoutedRequest>> WaitingForMeAsync(string aadObjectId, CancellationToken cancellationToken) =>
        (await records.ForPartyAsync(aadObjectId, [RequestParts.Receiver, RequestParts.Deputy], cancellationToken))
            .Where(r => Transitions.IsOpen(r.State) && Confidentiality.MaySee(r, aadObjectId))
            .ToList();

    /// <summary>Every request the person is party to. Nobody else's appear, however they relate to it.</summary>
    public async Task<IReadOnlyList<RoutedRequest>> ListForAsync(string aadObjectId, CancellationToken cancellationToken) =>
        (await records.ForPartyAsync(aadObjectId, [RequestParts.Requester, RequestParts.Receiver, RequestParts.Deputy], cancellationToken))
            .Where(r => Confidentiality.MaySee(r, aadObjectId))
            .ToList();

    static async Task<RoutedRequest?> MaySeeAsync(Task<RoutedRequest?> finding, string viewerAadObjectId) =>
        await finding is { } request && Confidentiality.MaySee(request, viewerAadObjectId) ? request : null;
}
