using System.Globalization;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>Answer records in the <c>answer_records</c> table of the app's SQLite database.</summary>
public sealed class SqliteAnswerRecords(SqliteDatabase database) : IAnswerRecords
{
    public async Task RememberAsync(string conversation, AnswerRecord answer, DateTimeOffset sentUtc, DateTimeOffset expiredBefore, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT OR REPLACE INTO answer_records (answer_id, conversation, council, question, clause_key, sent_utc)
            VALUES (@answer, @conversation, @council, @question, @clause, @sent);
            DELETE FROM answer_records WHERE sent_utc < @expired;
            """;
        command.Parameters.AddWithValue("@answer", answer.AnswerId);
        command.Parameters.AddWithValue("@conversation", conversation);
        command.Parameters.AddWithValue("@council", answer.Council);
        command.Parameters.AddWithValue("@question", answer.Question);
        command.Parameters.AddWithValue("@clause", (object?)answer.ClauseKey ?? DBNull.Value);
        command.Parameters.AddWithValue("@sent", Utc(sentUtc));
        command.Parameters.AddWithValue("@expired", Utc(expiredBefore));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<AnswerRecord?> FindAsync(string conversation, string answerId, DateTimeOffset notSentBefore, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT answer_id, council, question, clause_key FROM answer_records
            WHERE answer_id = @answer AND conversation = @conversation AND sent_utc >= @expired
            """;
        command.Parameters.AddWithValue("@answer", answerId);
        command.Parameters.AddWithValue("@conversation", conversation);
        command.Parameters.AddWithValue("@expired", Utc(notSentBefore));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AnswerRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))
            : null;
    }

    static string Utc(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>The <c>answer_records</c> table: one row per answer card sent, found by its id within its conversation.</summary>
public sealed class AnswerMemorySchema : ISchema
{
    public string Component => "answer-memory";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the layout of the releases before versioning, which created it with IF NOT EXISTS on every start; the
        // same statements adopt such a database as version 1 without touching its rows.
        """
        CREATE TABLE IF NOT EXISTS answer_records (
            answer_id TEXT PRIMARY KEY,
            conversation TEXT NOT NULL,
            council TEXT NOT NULL,
            question TEXT NOT NULL,
            clause_key TEXT,
            sent_utc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS answer_records_by_age ON answer_records (sent_utc);
        """,
    ];
}
