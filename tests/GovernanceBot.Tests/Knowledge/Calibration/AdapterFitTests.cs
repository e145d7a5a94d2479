using System.Numerics.Tensors;
using GovernanceBot.Knowledge.Calibration;
using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Tests.Knowledge.Calibration;

public sealed class AdapterFitTests
{
    const int D = SentenceEmbedder.Dimensions;

    // Questions worded like clause B but answered by clause A (as "can our group have the head of planning in" is
    // worded like a clause on officers' advice and answered by the one on attendance at group meetings).
    [Fact]
    public void AQuestionNotFittedOnIsMovedTowardsTheClauseThatAnsweredQuestionsLikeIt()
    {
        var random = new Random(11);
        var clauses = Enumerable.Range(0, 3).Select(_ => Unit(random)).ToArray();
        var rows = Enumerable.Range(0, 40).Select(_ => new AdapterFit.Row("tuning", "derby", Near(clauses[1], random), clauses, [true, false, false])).ToList();
        var unseen = Near(clauses[1], random);
        Assert.True(TensorPrimitives.Dot(unseen, clauses[1]) > TensorPrimitives.Dot(unseen, clauses[0]));

        var adapted = AdapterFit.Fit(rows).Adapt(unseen);

        Assert.True(TensorPrimitives.Dot(adapted, clauses[0]) > TensorPrimitives.Dot(adapted, clauses[1]));
    }

    [Fact]
    public void AQuestionLikeTheOnesNoClauseAnsweredLeansTowardsNone()
    {
        var random = new Random(17);
        var clauses = Enumerable.Range(0, 3).Select(_ => Unit(random)).ToArray();
        var offTopic = Unit(random);
        var rows = Enumerable.Range(0, 30).Select(_ => new AdapterFit.Row("tuning", "derby", Near(clauses[0], random), clauses, [true, false, false]))
            .Concat(Enumerable.Range(0, 30).Select(_ => new AdapterFit.Row("tuning", "derby", Near(offTopic, random), clauses, [false, false, false])))
            .ToList();

        var adapter = AdapterFit.Fit(rows);

        float Lean(float[] question)
        {
            var adapted = adapter.Adapt(question);
            return adapter.Uncovered(adapted) - clauses.Max(c => TensorPrimitives.Dot(adapted, c));
        }

        Assert.True(Lean(Near(offTopic, random)) > Lean(Near(clauses[0], random)) + 0.1f);
        Assert.Equal(0f, QuestionAdapter.None.Uncovered(offTopic));
    }

    [Fact]
    public void FittingIsDeterministicAndWithNoRowsIsTheIdentity()
    {
        var random = new Random(5);
        var clauses = Enumerable.Range(0, 3).Select(_ => Unit(random)).ToArray();
        var rows = Enumerable.Range(0, 10).Select(_ => new AdapterFit.Row("tuning", "lbe", Near(clauses[2], random), clauses, [false, true, false])).ToList();
        var question = Near(clauses[0], random);

        Assert.Equal(AdapterFit.Fit(rows).Adapt(question), AdapterFit.Fit(rows).Adapt(question));
        Assert.Equal(1f, TensorPrimitives.CosineSimilarity(question, AdapterFit.Fit([]).Adapt(question)), 4);
    }

    internal static float[] Unit(Random random)
    {
        var vector = Enumerable.Range(0, D).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }

    static float[] Near(float[] clause, Random random)
    {
        var noise = Unit(random);
        var vector = new float[D];
        TensorPrimitives.MultiplyAdd(noise, 0.6f, clause, vector);
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }
}

public sealed class AdapterFoldsTests
{
    [Fact]
    public void ATuningQuestionIsRankedWithAnAdapterFittedWithoutItsSetOrWithoutItsCouncil()
    {
        var random = new Random(13);
        var clauses = Enumerable.Range(0, 4).Select(_ => AdapterFitTests.Unit(random)).ToArray();
        var rows = new List<AdapterFit.Row>();
        foreach (var (set, council, answer) in new[] { ("a", "derby", 0), ("b", "derby", 1), ("a", "lbe", 2), ("c", "lbe", 3) })
        {
            rows.AddRange(Enumerable.Range(0, 8).Select(_ => new AdapterFit.Row(set, council, AdapterFitTests.Unit(random), clauses, clauses.Select((_, i) => i == answer).ToArray())));
        }

        var folds = AdapterFolds.Fit(rows);
        var question = AdapterFitTests.Unit(random);

        Assert.Equal(AdapterFit.Fit(rows.Where(r => r.Set != "a").ToList()).Adapt(question), folds.WithoutSet("a").Adapt(question));
        Assert.Equal(AdapterFit.Fit(rows.Where(r => r.Council != "derby").ToList()).Adapt(question), folds.WithoutCouncil("derby").Adapt(question));
        Assert.Equal(AdapterFit.Fit(rows).Adapt(question), folds.Shipped.Adapt(question));
        Assert.Equal(folds.Shipped.Adapt(question), folds.WithoutSet("never-asked").Adapt(question));
        Assert.NotEqual(folds.Shipped.Adapt(question), folds.WithoutSet("a").Adapt(question));
    }
}
