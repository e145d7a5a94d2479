using GovernanceBot.Knowledge.Configuration;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Knowledge.Gate;
using GovernanceBot.Knowledge.Ranking;
using GovernanceBot.Knowledge.Retrieval;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Knowledge.Answers;

/// <summary>
/// A question, answered in named stages: Retrieve (candidates with all their evidence, lexical and dense), Rank (the
/// fitted model re-ranks them on that evidence), Gate (hand off to Democratic Services when the documents are unlikely
/// to cover the question; answer with a caution when the first clause may not be the right one), Compose (the answering
/// part, citations and the role to go to). Greetings and thanks
/// get a short reply before any search.
/// </summary>
public sealed class AnswerPipeline(
    CouncilCatalog catalog,
    IClauseRetriever retriever,
    CandidateRanker ranker,
    AnswerGate gate,
    AnswerComposer composer,
    IOptions<KnowledgeOptions> options) : IAnswerEngine
{
    public async Task<Answer> AskAsync(string councilId, string question, CancellationToken cancellationToken) =>
        (await ExplainAsync(councilId, question, cancellationToken)).Answer;

    /// <summary>The answer with what led to it: every candidate's evidence and rank, and the gate's decision.</summary>
    public async Task<Explanation> ExplainAsync(string councilId, string question, CancellationToken cancellationToken)
    {
        if (!catalog.TryGet(councilId ?? "", out var council))
        {
            throw new UnknownCouncilException(councilId ?? "");
        }

        var text = QuestionText.Clean(question, options.Value.MaxQuestionLength);
        if (SmallTalk.Is(text))
        {
            return new Explanation(Answer.SmallTalkReply(council.Id, question, council.DisplayName), [], null);
        }

        var retrieval = await retriever.RetrieveAsync(new Question(council.Id, council.DisplayName, text, council.Scopes), cancellationToken);
        var ranked = ranker.Rank(retrieval.Candidates);
        var decision = gate.Decide(ranked, retrieval.Evidence);
        var answer = decision.Answer
            ? composer.Compose(retrieval, ranked, question) with { Confident = decision.Confident }
            : Answer.HandOff(council.Id, question, council.DisplayName);
        return new Explanation(answer, ranked, decision, retrieval.Evidence);
    }
}

/// <summary>An answer with the ranked candidates it was chosen from, the gate's decision and the question's own evidence (none for small talk).</summary>
public sealed record Explanation(Answer Answer, IReadOnlyList<RankedCandidate> Candidates, GateDecision? Decision, QuestionEvidence? Question = null);
