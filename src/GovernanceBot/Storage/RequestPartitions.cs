namespace GovernanceBot.Storage;

/// <summary>
/// One Azure table holds each request with everything that must change with it: the request row, the outbox rows of
/// the notifications it promised, and its audit entries, all in the partition of the request's id.
///
/// Why one partition: a table transaction (entity group batch) is atomic only within one partition of one table. With
/// the request, its notifications and its audit entry in one partition, a submission or decision is one batch: after a
/// crash at any instant either all of it exists or none does, so whatever the user was told ("sent to …", "approved")
/// is backed by a stored request, queued notifications and an audit line. Delivery marks an outbox row and appends its
/// audit entry in one batch for the same reason. The dispatcher finds due rows with a query across partitions.
/// </summary>
public static class RequestPartitions
{
    public static readonly AzureLayout Layout = new("requests", 1);

    /// <summary>Audit entries that name no request (a decision on a request that does not exist) share this partition.</summary>
    public const string Unattached = "~unattached";

    public const string OutboxPrefix = "outbox|";
    public const string AuditPrefix = "audit|";

    /// <summary>The partition of the request with this id (the id notifications carry); <see cref="Unattached"/> for none.</summary>
    public static string Of(string? requestId) => string.IsNullOrEmpty(requestId) ? Unattached : "r|" + TableKeys.Escape(requestId);

    /// <summary>A filter for the rows whose row key starts with <paramref name="prefix"/>.</summary>
    public static string RowsStartingWith(string prefix) =>
        $"RowKey ge {TableKeys.Literal(prefix)} and RowKey lt {TableKeys.Literal(prefix[..^1] + (char)(prefix[^1] + 1))}";
}
