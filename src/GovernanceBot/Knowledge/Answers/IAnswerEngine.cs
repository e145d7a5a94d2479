namespace GovernanceBot.Knowledge.Answers;

/// <summary>Answers a question from one council's documents (and the national guidance it includes), or abstains.</summary>
public interface IAnswerEngine
{
    /// <summary>Answers <paramref name="question"/> for <paramref name="councilId"/>.</summary>
    /// <exception cref="UnknownCouncilException">No council has that id.</exception>
    /// <exception cref="InvalidQuestionException">The question is empty, too long or not text.</exception>
    Task<Answer> AskAsync(string councilId, string question, CancellationToken cancellationToken);
}

public sealed class UnknownCouncilException(string councilId)
    : Exception($"Unknown council '{councilId}'.")
{
    public string CouncilId { get; } = councilId;
}

public sealed class InvalidQuestionException(string message) : Exception(message);
