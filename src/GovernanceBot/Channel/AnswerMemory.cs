using System.Globalization;
using GovernanceBot.BotFramework;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>What an answer card's feedback buttons refer to, kept when the card is sent.</summary>
public sealed record AnswerRecord(string AnswerId, string Council, string Question, string? ClauseKey);

/// <summary>
/// The answers sent in each conversation, so a "Was this helpful?" click can be recorded against the question and
/// clause without putting them in the card, where a user could alter them. One insert per answer (reading and
/// rewriting the conversation's state was a third of a busy turn's storage work); kept for 30 days.
/// </summary>
public sealed class AnswerMemory(SqliteDatabase database, TimeProvider time)
{
    static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    public async Task RememberAsync(Activity activity, AnswerRecord answer, CancellationToken cancellationToken)
    {
        if (ConversationOf(activity) is not { } conversation)
        {
            return;
        }

        var now = time.GetUtcNow();
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
        command.Parameters.AddWithValue("@sent", Utc(now));
        command.Parameters.AddWithValue("@expired", Utc(now - Kept));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The answer, if it was sent in this conversation and is still kept.</summary>
    public async Task<AnswerRecord?> FindAsync(Activity activity, string answerId, CancellationToken cancellationToken)
    {
        if (ConversationOf(activity) is not { } conversation)
        {
            return null;
        }

        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT answer_id, council, question, clause_key FROM answer_records
            WHERE answer_id = @answer AND conversation = @conversation AND sent_utc >= @expired
            """;
        command.Parameters.AddWithValue("@answer", answerId);
        command.Parameters.AddWithValue("@conversation", conversation);
        command.Parameters.AddWithValue("@expired", Utc(time.GetUtcNow() - Kept));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AnswerRecord(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3))
            : null;
    }

    static string? ConversationOf(Activity activity) =>
        activity is { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation } ? $"{channel}/{conversation}" : null;

    static string Utc(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>The <c>answer_records</c> table: one row per answer card sent, found by its id within its conversation.</summary>
public sealed class AnswerMemorySchema : ISchema
{
    public string CreateSql => """
        CREATE TABLE IF NOT EXISTS answer_records (
            answer_id TEXT PRIMARY KEY,
            conversation TEXT NOT NULL,
            council TEXT NOT NULL,
            question TEXT NOT NULL,
            clause_key TEXT,
            sent_utc TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS answer_records_by_age ON answer_records (sent_utc);
        """;
}
