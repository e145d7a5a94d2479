using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.Storage;

namespace GovernanceBot.Requests.Workflow;

/// <summary>Requests in the app's SQLite database: each change, its outbox rows and its audit entry in one IMMEDIATE transaction.</summary>
public sealed class SqliteRequestRecords(SqliteDatabase database) : IRequestRecords
{
    public Task<RoutedRequest?> FindAsync(string publicId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        return Task.FromResult(RequestStore.FindByPublicId(connection, null, publicId));
    }

    public Task<RoutedRequest?> FindByReferenceAsync(string reference, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        return Task.FromResult(RequestStore.FindByReference(connection, reference));
    }

    public Task<IReadOnlyList<RoutedRequest>> ForPartyAsync(string aadObjectId, IReadOnlyCollection<string> parts, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        return Task.FromResult(RequestStore.ForParty(connection, aadObjectId, [.. parts]));
    }

    public Task<RoutedRequest?> AddAsync(RoutedRequest draft, RequestChange change, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        if (RequestStore.FindByPublicId(connection, transaction, draft.PublicId) is not null)
        {
            return Task.FromResult<RoutedRequest?>(null);
        }

        var numbered = draft with { Reference = RequestStore.NextReference(connection, transaction, draft.CouncilId, draft.Flow) };
        var request = numbered with { Id = RequestStore.Insert(connection, transaction, numbered) };
        Write(connection, transaction, request, change);
        transaction.Commit();
        return Task.FromResult<RoutedRequest?>(request);
    }

    public Task<RoutedRequest?> DecideAsync(RoutedRequest request, RequestState state, string actor, string? note, DateTimeOffset now, RequestChange change, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        if (!RequestStore.Decide(connection, transaction, request, state, actor, note, now))
        {
            return Task.FromResult<RoutedRequest?>(null);
        }

        var decided = RequestStore.Find(connection, transaction, request.Id)!;
        Write(connection, transaction, decided, change);
        transaction.Commit();
        return Task.FromResult<RoutedRequest?>(decided);
    }

    public Task AppendAuditAsync(RoutedRequest? request, AuditEntry entry, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        AuditLog.Append(connection, transaction, entry);
        transaction.Commit();
        return Task.CompletedTask;
    }

    static void Write(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction, RoutedRequest request, RequestChange change)
    {
        var now = request.DecidedUtc ?? request.SubmittedUtc;
        foreach (var message in change.Notices(request))
        {
            Outbox.Enqueue(connection, transaction, message, now);
        }

        AuditLog.Append(connection, transaction, change.Audit(request));
    }
}
