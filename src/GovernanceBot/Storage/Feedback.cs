namespace GovernanceBot.Storage;

/// <summary>
/// One "Was this helpful?" answer. It keeps what is needed to improve answers and nothing about who gave it:
/// the question is kept word for word (a councillor's words, but the thing to fix is the answer to exactly
/// those words); the clause cited first (<c>Clause.Key</c>, null for an abstention) says which clause did or
/// did not help. There is deliberately no user or conversation id: the store keeps only a per-answer hash of
/// the voter so a second click changes the vote instead of counting twice.
/// </summary>
public sealed record Feedback(
    string AnswerId,
    string Council,
    string Question,
    string? ClauseKey,
    bool Helpful,
    DateTimeOffset RecordedUtc);
