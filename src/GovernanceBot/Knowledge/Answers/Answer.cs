namespace GovernanceBot.Knowledge.Answers;

/// <summary>
/// What the bot says to a question: an extractive answer quoting the clause, up to three citations,
/// the role the protocol sends the user to (when the clause names one), or an abstention with a hand-off.
/// </summary>
public sealed record Answer(
    string Council,
    string Question,
    bool Answered,
    string Text,
    Route? Route,
    IReadOnlyList<Citation> Citations);

/// <summary>The role a clause tells the user to go to, e.g. "Chief Executive".</summary>
public sealed record Route(string Role);

/// <summary>
/// A cited clause. <see cref="Document"/> is the file name without extension; <see cref="ClauseKey"/> is the
/// clause's key in the index (<see cref="Clauses.Clause.Key"/>), which feedback and flow offers refer to.
/// </summary>
public sealed record Citation(string Document, string Title, string Section, string Paragraph, string Text, string? ClauseKey = null);
