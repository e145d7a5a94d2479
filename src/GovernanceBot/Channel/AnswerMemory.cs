using GovernanceBot.BotFramework;

namespace GovernanceBot.Channel;

/// <summary>What an answer card's feedback buttons refer to, kept when the card is sent.</summary>
public sealed record AnswerRecord(string AnswerId, string Council, string Question, string? ClauseKey);

/// <summary>
/// The answers sent in each conversation, so a "Was this helpful?" click can be recorded against the question and
/// clause without putting them in the card, where a user could alter them. One insert per answer (reading and
/// rewriting the conversation's state was a third of a busy turn's storage work); kept for 30 days.
/// </summary>
public sealed class AnswerMemory(IAnswerRecords records, TimeProvider time)
{
    static readonly TimeSpan Kept = TimeSpan.FromDays(30);

    public Task RememberAsync(Activity activity, AnswerRecord answer, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        return ConversationOf(activity) is { } conversation
            ? records.RememberAsync(conversation, answer, now, now - Kept, cancellationToken)
            : Task.CompletedTask;
    }

    /// <summary>The answer, if it was sent in this conversation and is still kept.</summary>
    public async Task<AnswerRecord?> FindAsync(Activity activity, string answerId, CancellationToken cancellationToken) =>
        ConversationOf(activity) is { } conversation
            ? await records.FindAsync(conversation, answerId, time.GetUtcNow() - Kept, cancellationToken)
            : null;

    static string? ConversationOf(Activity activity) =>
        activity is { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation } ? $"{channel}/{conversation}" : null;
}

/// <summary>Where answer records are kept; a record sent before the cut-off is gone (or at least never found).</summary>
public interface IAnswerRecords
{
    /// <summary>Keeps the answer, and lets records sent before <paramref name="expiredBefore"/> go.</summary>
    Task RememberAsync(string conversation, AnswerRecord answer, DateTimeOffset sentUtc, DateTimeOffset expiredBefore, CancellationToken cancellationToken);

    Task<AnswerRecord?> FindAsync(string conversation, string answerId, DateTimeOffset notSentBefore, CancellationToken cancellationToken);
}
