using System.Security.Cryptography;
using System.Text;

namespace GovernanceBot.Storage;

/// <summary>Records feedback on answers, one vote per person per answer (the latest click wins).</summary>
public sealed class FeedbackStore(IFeedbackRecords records)
{
    public Task RecordAsync(Feedback feedback, string voterAadObjectId, CancellationToken cancellationToken) =>
        records.RecordAsync(feedback, VoterKey(feedback.AnswerId, voterAadObjectId), cancellationToken);

    /// <summary>A council's feedback, newest first.</summary>
    public Task<IReadOnlyList<Feedback>> ListAsync(string council, CancellationToken cancellationToken) => records.ListAsync(council, cancellationToken);

    // Keyed by the answer id, the hash tells two clicks on one answer apart from two people, yet cannot be
    // joined across answers to profile one person's votes.
    static string VoterKey(string answerId, string voterAadObjectId) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(
            Encoding.UTF8.GetBytes(answerId),
            Encoding.UTF8.GetBytes(voterAadObjectId.ToLowerInvariant())));
}

/// <summary>Where feedback is kept: one row per answer and voter key, replaced by a later vote.</summary>
public interface IFeedbackRecords
{
    Task RecordAsync(Feedback feedback, string voterKey, CancellationToken cancellationToken);

    /// <summary>A council's feedback, newest first.</summary>
    Task<IReadOnlyList<Feedback>> ListAsync(string council, CancellationToken cancellationToken);
}
