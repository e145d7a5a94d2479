namespace GovernanceBot.Knowledge.Answers;

/// <summary>
/// What the bot says to a question: an extractive answer quoting the clause, up to three citations,
/// the role the protocol sends the user to (when the clause names one), or an abstention with a hand-off,
/// or, to a greeting or thanks, a short reply saying what the bot does. An answer that is not
/// <see cref="Confident"/> quotes the likeliest clause but says it may not be the one, and shows the others.
/// </summary>
public sealed record Answer(
    string Council,
    string Question,
    bool Answered,
    string Text,
    Route? Route,
    IReadOnlyList<Citation> Citations,
    AnswerKind Kind = AnswerKind.Answer,
    bool Confident = true)
{
    public static Answer HandOff(string councilId, string question, string councilName) =>
        new(councilId, question, Answered: false, HandOffText(councilName), new Route(Routes.Roles.DemocraticServices), [], AnswerKind.HandOff);

    public static Answer SmallTalkReply(string councilId, string question, string councilName) =>
        new(councilId, question, Answered: false, SmallTalk.Reply(councilName), null, [], AnswerKind.SmallTalk);

    public static string HandOffText(string councilName) =>
        $"I can't find that in {councilName}'s protocol, so I won't guess. Please ask Democratic Services, who can advise.";
}

/// <summary>An answer from a clause, a hand-off because the documents do not cover the question, or a reply to small talk.</summary>
public enum AnswerKind
{
    Answer,
    HandOff,
    SmallTalk,
}

/// <summary>The role a clause tells the user to go to, e.g. "Chief Executive".</summary>
public sealed record Route(string Role);

/// <summary>
/// A cited clause. <see cref="Document"/> is the file name without extension; <see cref="ClauseKey"/> is the
/// clause's key in the index (<see cref="Clauses.Clause.Key"/>), which feedback and flow offers refer to.
/// <see cref="Paragraph"/> names the list item when the answer quotes one ("17(g)").
/// </summary>
public sealed record Citation(string Document, string Title, string Section, string Paragraph, string Text, string? ClauseKey = null);
