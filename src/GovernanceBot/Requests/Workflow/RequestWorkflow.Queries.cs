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

        using var connection = database.Open();
        var request = RequestStore.FindByPublicId(connection, null, publicId);
        return Task.FromResult(request is not null && Confidentiality.MaySee(request, viewerAadObjectId) ? request : null);
    }

    /// <summary>The request a typed reference names, if the viewer may see it; otherwise null, whichever council it is in.</summary>
    public Task<RoutedRequest?> FindByReferenceAsync(string reference, string viewerAadObjectId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        var request = RequestStore.FindByReference(connection, reference.ToUpperInvariant());
        return Task.FromResult(request is not null && Confidentiality.MaySee(request, viewerAadObjectId) ? request : null);
    }

    /// <summary>"My requests": what the person has submitted, newest first, with its state.</summary>
    public Task<IReadOnlyList<RoutedRequest>> MyRequestsAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        IReadOnlyList<RoutedRequest> mine = RequestStore.ForParty(connection, aadObjectId, RequestStore.Requester)
            .Where(r => Confidentiality.MaySee(r, aadObjectId))
            .ToList();
        return Task.FromResult(mine);
    }

    /// <summary>"Waiting for me": open requests the person receives or may decide in the receiver's absence.</summary>
    public Task<IReadOnlyList<RoutedRequest>> WaitingForMeAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        IReadOnlyList<RoutedRequest> waiting = RequestStore.ForParty(connection, aadObjectId, RequestStore.Receiver, RequestStore.Deputy)
            .Where(r => Transitions.IsOpen(r.State) && Confidentiality.MaySee(r, aadObjectId))
            .ToList();
        return Task.FromResult(waiting);
    }

    /// <summary>Every request the person is party to. Nobody else's appear, however they relate to it.</summary>
    public Task<IReadOnlyList<RoutedRequest>> ListForAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        IReadOnlyList<RoutedRequest> all = RequestStore.ForParty(connection, aadObjectId, RequestStore.Requester, RequestStore.Receiver, RequestStore.Deputy)
            .Where(r => Confidentiality.MaySee(r, aadObjectId))
            .ToList();
        return Task.FromResult(all);
    }
}
