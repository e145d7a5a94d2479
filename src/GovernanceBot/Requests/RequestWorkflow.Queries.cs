namespace GovernanceBot.Requests;

public sealed partial class RequestWorkflow
{
    /// <summary>The request, if the viewer is party to it (requester, receiver or deputy); otherwise null, as if it did not exist.</summary>
    public Task<RoutedRequest?> GetAsync(long requestId, string viewerAadObjectId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        var request = RequestStore.Find(connection, null, requestId);
        var visible = request is not null
            && (request.MayBeDecidedBy(viewerAadObjectId) || string.Equals(request.RequesterAadObjectId, viewerAadObjectId, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(visible ? request : null);
    }

    /// <summary>"My requests": what the person has submitted, newest first, with its state.</summary>
    public Task<IReadOnlyList<RoutedRequest>> MyRequestsAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        return Task.FromResult(RequestStore.ForParty(connection, aadObjectId, RequestStore.Requester));
    }

    /// <summary>"Waiting for me": open requests the person receives or may decide in the receiver's absence.</summary>
    public Task<IReadOnlyList<RoutedRequest>> WaitingForMeAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        IReadOnlyList<RoutedRequest> waiting = RequestStore.ForParty(connection, aadObjectId, RequestStore.Receiver, RequestStore.Deputy)
            .Where(r => Transitions.IsOpen(r.State))
            .ToList();
        return Task.FromResult(waiting);
    }

    /// <summary>Every request the person is party to. Nobody else's appear, however they relate to it.</summary>
    public Task<IReadOnlyList<RoutedRequest>> ListForAsync(string aadObjectId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        return Task.FromResult(RequestStore.ForParty(connection, aadObjectId, RequestStore.Requester, RequestStore.Receiver, RequestStore.Deputy));
    }
}
