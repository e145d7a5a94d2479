using System.Text;
using GovernanceBot.Knowledge.Ranking;

namespace GovernanceBot.Tests.Knowledge.Ranking;

public sealed class AnswerModelTests
{
    [Fact]
    public void ShippedModelFitsTheEvidenceTheCodeComputes()
    {
        var model = AnswerModel.Embedded();

        Assert.Equal(CandidateFeatures.Names, model.Ranker.Features);
        Assert.InRange(model.CoverageThreshold, 0.01, 0.99);
        Assert.InRange(model.NewCouncilCoverageThreshold, 0.01, 0.99);
        Assert.InRange(model.ConfidenceThreshold, 0.01, 0.99);
    }

    [Fact]
    public void ShippedModelWasFittedOnTheTuningSetsAndNeverOnTheSealedSet()
    {
        var model = AnswerModel.Embedded();

        Assert.Equal(["dev-questions", "colloquial-questions", "situations-questions", "situations-2-questions", .. Enumerable.Range(10, 11).Select(n => $"validation-{n}-questions")], model.FittedOn);
        Assert.DoesNotContain(model.FittedOn, set => set.Contains("sealed", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("leave-one-council-out", model.Report);
    }

    [Fact]
    public void ModelForOtherEvidenceIsRefusedAtLoadNotMidQuestion()
    {
        using var shipped = typeof(AnswerModel).Assembly.GetManifestResourceStream(AnswerModel.ResourceName)!;
        var json = new StreamReader(shipped).ReadToEnd().Replace("\"denseSimilarity\"", "\"somethingElse\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidOperationException>(() => AnswerModel.Read(new MemoryStream(Encoding.UTF8.GetBytes(json))));

        Assert.Contains("calibrate", error.Message);
    }
}
