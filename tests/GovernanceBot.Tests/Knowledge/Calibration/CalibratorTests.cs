using GovernanceBot.Knowledge.Calibration;
using GovernanceBot.Knowledge.Evaluation;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Knowledge.Calibration;

[Collection(KnowledgeCollection.Name)]
public sealed class CalibratorTests(KnowledgeFixture knowledge)
{
    static readonly IReadOnlyList<TuningQuestion> Dev =
        EvalQuestion.ReadFile(Path.Combine(RepositoryRoot.Path, "eval", "dev-questions.jsonl")).Select(q => new TuningQuestion("dev-questions", q)).ToList();

    [Fact]
    public async Task CalibrationIsDeterministic()
    {
        var first = await knowledge.Calibrator.RunAsync(Dev, CancellationToken.None);
        var second = await knowledge.Calibrator.RunAsync(Dev, CancellationToken.None);

        Assert.Equal(first.Model.Ranker.Weights, second.Model.Ranker.Weights);
        Assert.Equal(first.Model.CoverageThreshold, second.Model.CoverageThreshold);
        Assert.Equal(first.Outcomes.Select(o => o.Confidence), second.Outcomes.Select(o => o.Confidence));
    }

    [Fact]
    public async Task EveryQuestionIsScoredByModelsThatNeverSawItsCouncil()
    {
        var calibration = await knowledge.Calibrator.RunAsync(Dev, CancellationToken.None);

        // Each question twice: at its council, with the council's history of questions, and as at a council never served.
        Assert.Equal(Dev.Count, calibration.Outcomes.Count(o => !o.NewCouncil));
        Assert.Equal(Dev.Count, calibration.Outcomes.Count(o => o.NewCouncil));
        Assert.Equal(["dev-questions"], calibration.Model.FittedOn);
        // Fitted on all of them, the ranker puts the answering clause first more often than out of fold.
        Assert.True(TradeOff.At(calibration.Outcomes, 0, 0).Hit1 > 0.5);
    }

    [Fact]
    public async Task TheShippedAdapterIsFittedOnTheQuestionsAskedBeforeItIsGiven()
    {
        var without = await knowledge.Calibrator.RunAsync(Dev, CancellationToken.None);
        var with = await knowledge.Calibrator.RunAsync(Dev, Dev, CancellationToken.None);

        var question = new float[GovernanceBot.Knowledge.Semantic.SentenceEmbedder.Dimensions];
        question[0] = 1;
        Assert.Empty(without.AdapterFittedOn);
        Assert.Equal(1f, without.Adapter.Adapt(question)[0], 4);
        Assert.Equal(["dev-questions"], with.AdapterFittedOn);
        Assert.True(with.Adapter.Adapt(question)[0] < 0.999f);
    }

    [Fact]
    public void ThresholdsMeetTheirBarsOnTheOutcomesTheyWereChosenOn()
    {
        var outcomes = new List<CrossValidated>
        {
            Outcome("answer", right: true, covered: 0.9, confidence: 0.95),
            Outcome("answer", right: false, covered: 0.8, confidence: 0.4),
            Outcome("abstain", right: false, covered: 0.3, confidence: 0.2),
        };

        var at = TradeOff.At(outcomes, 0.5, 0.9);

        Assert.Equal((0.5, 1.0, 0.5, 1.0), (at.Hit1, at.Abstention, at.ConfidentShare, at.ConfidentPrecision));
    }

    static CrossValidated Outcome(string expect, bool right, double covered, double confidence) =>
        new(new TuningQuestion("t", new EvalQuestion("q", "derby", "question", expect, null, null, null)), false, right, right, covered, confidence);
}
