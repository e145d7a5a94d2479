using GovernanceBot.Audit;
using GovernanceBot.Notifications;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// Where requests are kept (SQLite or an Azure table, chosen at start-up). Every change is stored with the notifications
/// it announces and its audit entry, all or nothing, so what a person was told (sent, decided) is always backed by the
/// stored request, its queued notifications and its audit line, whatever instant a process dies at.
/// </summary>
public interface IRequestRecords
{
    Task<RoutedRequest?> FindAsync(string publicId, CancellationToken cancellationToken);

    Task<RoutedRequest?> FindByReferenceAsync(string reference, CancellationToken cancellationToken);

    /// <summary>Requests in which the person takes one of the given parts (<see cref="RequestParts"/>), newest first.</summary>
    Task<IReadOnlyList<RoutedRequest>> ForPartyAsync(string aadObjectId, IReadOnlyCollection<string> parts, CancellationToken cancellationToken);

    /// <summary>
    /// Stores <paramref name="draft"/> under its public id with a reference drawn for it now, with the change's notices
    /// and audit entry. Null when a request with that public id is already stored: the form was sent before.
    /// </summary>
    Task<RoutedRequest?> AddAsync(RoutedRequest draft, RequestChange change, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the request to <paramref name="state"/> if it is still at <paramref name="request"/>'s version, with the
    /// change's notices and audit entry; null if it changed first (nothing is written then).
    /// </summary>
    Task<RoutedRequest?> DecideAsync(RoutedRequest request, RequestState state, string actor, string? note, DateTimeOffset now, RequestChange change, CancellationToken cancellationToken);

    /// <summary>Records an attempt that changed nothing (refused, replayed), beside the request it names if any.</summary>
    Task AppendAuditAsync(RoutedRequest? request, AuditEntry entry, CancellationToken cancellationToken);
}

/// <summary>What a change is stored with, worked out from the request as stored: its notifications and its audit entry.</summary>
public sealed record RequestChange(Func<RoutedRequest, IReadOnlyList<OutboxMessage>> Notices, Func<RoutedRequest, AuditEntry> Audit);

/// <summary>The parts a person takes in a request; only they may see it.</summary>
public static class RequestParts
{
    public const string Requester = "requester";
    public const string Receiver = "receiver";
    public const string Deputy = "deputy";
}
