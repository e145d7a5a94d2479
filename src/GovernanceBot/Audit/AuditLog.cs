using System.Globalization;
using System.Text;

using GovernanceBot.Storage;

using Microsoft.Data.Sqlite;

namespace GovernanceBot.Audit;

/// <summary>
/// The append-only record of requests, decisions, refusals and notifications. Entries are written in the same atomic
/// step as the change they record (the caller's SQLite transaction, or the same-partition batch in Azure Tables), so an
/// entry exists exactly when that change was committed. There is deliberately no way to change or remove one.
/// </summary>
public sealed class AuditLog(IAuditRecords records)
{
    public static void Append(SqliteConnection connection, SqliteTransaction transaction, AuditEntry entry)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO audit_log (at_utc, actor_aad, event, council_id, flow, reference, clause, detail)
            VALUES ($at, $actor, $event, $council, $flow, $reference, $clause, $detail)
            """;
        command.Parameters.AddWithValue("$at", entry.AtUtc.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$actor", entry.ActorAadObjectId);
        command.Parameters.AddWithValue("$event", entry.Event);
        command.Parameters.AddWithValue("$council", (object?)entry.CouncilId ?? DBNull.Value);
        command.Parameters.AddWithValue("$flow", (object?)entry.Flow ?? DBNull.Value);
        command.Parameters.AddWithValue("$reference", (object?)entry.Reference ?? DBNull.Value);
        command.Parameters.AddWithValue("$clause", (object?)entry.Clause ?? DBNull.Value);
        command.Parameters.AddWithValue("$detail", (object?)entry.Detail ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    /// <summary>The entries for one council (or every entry when <paramref name="councilId"/> is null), oldest first.</summary>
    public Task<IReadOnlyList<AuditEntry>> ReadAsync(string? councilId, CancellationToken cancellationToken) => records.ReadAsync(councilId, cancellationToken);

    /// <summary>
    /// Writes the council's entries (every entry when <paramref name="councilId"/> is null) as CSV per RFC 4180:
    /// a header line, CRLF line ends, fields quoted where needed. Returns the number of entries written.
    /// </summary>
    public async Task<int> ExportCsvAsync(string? councilId, TextWriter writer, CancellationToken cancellationToken)
    {
        var entries = await ReadAsync(councilId, cancellationToken);
        await writer.WriteAsync(AuditCsv.Header + "\r\n");
        foreach (var entry in entries)
        {
            await writer.WriteAsync(AuditCsv.Line(entry) + "\r\n");
        }

        await writer.FlushAsync(cancellationToken);
        return entries.Count;
    }

    /// <summary>For <c>governancebot audit export --council derby --out file.csv</c>.</summary>
    public async Task<int> ExportCsvAsync(string? councilId, string path, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return await ExportCsvAsync(councilId, writer, cancellationToken);
    }

}

/// <summary>Where audit entries are read from; writes go with the change they record.</summary>
public interface IAuditRecords
{
    /// <summary>The entries for one council (or all when null), oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> ReadAsync(string? councilId, CancellationToken cancellationToken);
}
