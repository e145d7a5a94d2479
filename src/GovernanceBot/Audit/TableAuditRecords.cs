using Azure.Data.Tables;

using GovernanceBot.Storage;

namespace GovernanceBot.Audit;

/// <summary>
/// Audit entries as rows of the requests table, in the partition of the request they are about (see
/// <see cref="RequestPartitions"/>), so each is written in the same batch as the change it records. No code path
/// updates or deletes one; unlike SQLite's triggers, the table service cannot forbid it to someone with data access.
/// </summary>
public sealed class TableAuditRecords(AzureStorageAccount account) : IAuditRecords
{
    /// <summary>
    /// The row for <paramref name="entry"/> in the partition of the request it is about (see <see cref="RequestPartitions.Of"/>):
    /// keyed by its instant, then a random part so two in one tick both stay.
    /// </summary>
    public static TableEntity Row(AuditEntry entry, string partition) => new(partition,
        $"{RequestPartitions.AuditPrefix}{entry.AtUtc.UtcTicks:D19}|{Guid.NewGuid():N}")
    {
        ["AtUtc"] = TableTime.Ticks(entry.AtUtc),
        [nameof(entry.ActorAadObjectId)] = entry.ActorAadObjectId,
        [nameof(entry.Event)] = entry.Event,
        [nameof(entry.CouncilId)] = entry.CouncilId,
        [nameof(entry.Flow)] = entry.Flow,
        [nameof(entry.Reference)] = entry.Reference,
        [nameof(entry.Clause)] = entry.Clause,
        [nameof(entry.Detail)] = entry.Detail,
    };

    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string? councilId, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(RequestPartitions.Layout, cancellationToken);
        var filter = RequestPartitions.RowsStartingWith(RequestPartitions.AuditPrefix)
            + (councilId is null ? "" : $" and CouncilId eq {TableKeys.Literal(councilId)}");
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            rows.Add(row);
        }

        // Rows come back by partition; the log reads in the order things happened.
        return rows.OrderBy(r => r.RowKey, StringComparer.Ordinal).Select(r => new AuditEntry(
            TableTime.Read(r, "AtUtc")!.Value,
            r.GetString(nameof(AuditEntry.ActorAadObjectId)),
            r.GetString(nameof(AuditEntry.Event)),
            r.GetString(nameof(AuditEntry.CouncilId)),
            r.GetString(nameof(AuditEntry.Flow)),
            r.GetString(nameof(AuditEntry.Reference)),
            r.GetString(nameof(AuditEntry.Clause)),
            r.GetString(nameof(AuditEntry.Detail)))).ToList();
    }
}
