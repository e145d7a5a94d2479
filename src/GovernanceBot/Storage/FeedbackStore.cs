using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace GovernanceBot.Storage;

/// <summary>Records feedback on answers, one vote per person per answer (the latest click wins).</summary>
public sealed class FeedbackStore(SqliteDatabase database)
{
    public async Task RecordAsync(Feedback feedback, string voterAadObjectId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback (answer_id, voter, council, question, clause_key, helpful, recorded_utc)
            VALUES (@answer, @voter, @council, @question, @clause, @helpful, @recorded)
            ON CONFLICT (answer_id, voter) DO UPDATE SET helpful = excluded.helpful, recorded_utc = excluded.recorded_utc
            """;
        command.Parameters.AddWithValue("@answer", feedback.AnswerId);
        command.Parameters.AddWithValue("@voter", VoterKey(feedback.AnswerId, voterAadObjectId));
        command.Parameters.AddWithValue("@council", feedback.Council);
        command.Parameters.AddWithValue("@question", feedback.Question);
        command.Parameters.AddWithValue("@clause", (object?)feedback.ClauseKey ?? DBNull.Value);
        command.Parameters.AddWithValue("@helpful", feedback.Helpful);
        command.Parameters.AddWithValue("@recorded", feedback.RecordedUtc.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A council's feedback, newest first.</summary>
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

    // Keyed by the answer id, the hash tells two clicks on one answer apart from two people, yet cannot be
    // joined across answers to profile one person's votes.
    static string VoterKey(string answerId, string voterAadObjectId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(answerId),
            Encoding.UTF8.GetBytes(voterAadObjectId.ToLowerInvariant())));
}

/// <summary>The <c>feedback</c> table behind <see cref="FeedbackStore"/>.</summary>
public sealed class FeedbackSchema : ISchema
{
    public string CreateSql => """
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
        """;
}
