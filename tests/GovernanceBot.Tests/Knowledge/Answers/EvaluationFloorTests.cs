using GovernanceBot.Knowledge.Evaluation;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Knowledge.Answers;

/// <summary>The answer quality floors of the knowledge issue, measured on the dev questions in CI.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class EvaluationFloorTests(KnowledgeFixture knowledge)
{
    static readonly string Questions = Path.Combine(RepositoryRoot.Path, "eval", "dev-questions.jsonl");

    readonly EvalReport report = knowledge.Evaluate(Questions);

    [Fact]
    public void FirstCitationAnswersAtLeastNineInTen() => Assert.True(report.Hit1 >= 0.90, $"hit@1 {report.Hit1:F3}");

    [Fact]
    public void OneOfTheFirstThreeCitationsAnswersAtLeast97InAHundred() => Assert.True(report.Hit3 >= 0.97, $"hit@3 {report.Hit3:F3}");

    [Fact]
    public void EveryUncoveredQuestionIsAbstainedOn() => Assert.Equal(1.0, report.Abstention);

    [Fact]
    public void RouteNamesTheRightRoleAtLeastNineInTen() => Assert.True(report.Route >= 0.90, $"route {report.Route:F3}");
}

/// <summary>
/// Our own colloquial questions, worded apart from the dev set: the bot never answers an uncovered one, and keeps
/// answering most of the rest. A fall here is a sign of tuning to the dev sentences.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class ColloquialQuestionTests(KnowledgeFixture knowledge)
{
    static readonly string Questions = Path.Combine(RepositoryRoot.Path, "eval", "colloquial-questions.jsonl");

    readonly EvalReport report = knowledge.Evaluate(Questions);

    [Fact]
    public void EveryUncoveredQuestionIsAbstainedOn() => Assert.Equal(1.0, report.Abstention);

    // 0.65 until the coverage gate was calibrated on four tuning sets with the councils' questions asked before: it now
    // declines three colloquial questions it used to answer (and, on the unseen situations-2 set, 94% of uncovered
    // questions where it declined 85%).
    [Fact]
    public void FirstCitationAnswersAtLeastSixInTen() => Assert.True(report.Hit1 >= 0.60, $"hit@1 {report.Hit1:F3}");
}
