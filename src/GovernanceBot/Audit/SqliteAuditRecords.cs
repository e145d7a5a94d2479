using System.Globalization;

using GovernanceBot.Storage;

using Microsoft.Data.Sqlite;

namespace GovernanceBot.Audit;

/// <summary>The audit entries in the <c>audit_log</c> table of the app's SQLite database.</summary>
public sealed class SqliteAuditRecords(SqliteDatabase database) : IAuditRecords
{
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string? councilId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT at_utc, actor_aad, event, council_id, flow, reference, clause, detail FROM audit_log
            WHERE $council IS NULL OR council_id = $council ORDER BY id
            """;
        command.Parameters.AddWithValue("$council", (object?)councilId ?? DBNull.Value);
        var entries = new List<AuditEntry>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(
                DateTimeOffset.Parse(reader.GetString(0), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
                reader.GetString(1),
                reader.GetString(2),
                Text(reader, 3),
                Text(reader, 4),
                Text(reader, 5),
                Text(reader, 6),
                Text(reader, 7)));
        }

        return entries;
    }

    static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
