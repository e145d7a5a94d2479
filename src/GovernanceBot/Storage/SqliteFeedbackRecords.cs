using System.Globalization;

namespace GovernanceBot.Storage;

/// <summary>Feedback in the <c>feedback</c> table of the app's SQLite database.</summary>
public sealed class SqliteFeedbackRecords(SqliteDatabase database) : IFeedbackRecords
{
    public async Task RecordAsync(Feedback feedback, string voterKey, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback (answer_id, voter, council, question, clause_key, helpful, recorded_utc)
            VALUES (@answer, @voter, @council, @question, @clause, @helpful, @recorded)
            ON CONFLICT (answer_id, voter) DO UPDATE SET helpful = excluded.helpful, recorded_utc = excluded.recorded_utc
            """;
        command.Parameters.AddWithValue("@answer", feedback.AnswerId);
        command.Parameters.AddWithValue("@voter", voterKey);
        command.Parameters.AddWithValue("@council", feedback.Council);
        command.Parameters.AddWithValue("@question", feedback.Question);
        command.Parameters.AddWithValue("@clause", (object?)feedback.ClauseKey ?? DBNull.Value);
        command.Parameters.AddWithValue("@helpful", feedback.Helpful);
        command.Parameters.AddWithValue("@recorded", feedback.RecordedUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Feedback>> ListAsync(string council, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT answer_id, council, question, clause_key, helpful, recorded_utc FROM feedback
            WHERE council = @council ORDER BY recorded_utc DESC
            """;
        command.Parameters.AddWithValue("@council", council);

        var entries = new List<Feedback>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new Feedback(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3),
                reader.GetBoolean(4),
                DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind)));
        }

        return entries;
    }
}

/// <summary>The <c>feedback</c> table behind <see cref="FeedbackStore"/>.</summary>
public sealed class FeedbackSchema : ISchema
{
    public string Component => "feedback";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the layout of the releases before versioning, which created it with IF NOT EXISTS on every start; the
        // same statements adopt such a database as version 1 without touching its rows.
        """
        CREATE TABLE IF NOT EXISTS feedback (
            answer_id TEXT NOT NULL,
            voter TEXT NOT NULL,
            council TEXT NOT NULL,
            question TEXT NOT NULL,
            clause_key TEXT,
            helpful INTEGER NOT NULL,
            recorded_utc TEXT NOT NULL,
            PRIMARY KEY (answer_id, voter)
        );
        CREATE INDEX IF NOT EXISTS feedback_by_council ON feedback (council, recorded_utc);
        """,
    ];
}
