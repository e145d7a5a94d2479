using GovernanceBot.Knowledge.Configuration;
using GovernanceBot.Knowledge.Examples;
using GovernanceBot.Knowledge.Retrieval;
using GovernanceBot.Knowledge.Semantic;
using GovernanceBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Tests.Knowledge.Examples;

/// <summary>
/// The vectors shipped beside the questions asked before: one for every shipped question and none for any other (so no
/// sealed or fresh question reaches the app this way either), each what the question model gives now. When the
/// questions, their spelling out or the model change, these fail until the file is written again with
/// <c>dotnet run -c Release --project src/GovernanceBot -- embed-examples --out src/GovernanceBot/Knowledge/Examples/asked-before.vec</c>.
/// </summary>
public sealed class ShippedExampleVectorsTests
{
    static readonly string ExamplesFolder = Path.Combine(AppContext.BaseDirectory, "Knowledge", "Examples");

    static IReadOnlyList<AskedQuestion> ShippedQuestions()
    {
        var abbreviations = Abbreviations.Load(Path.Combine(RepositoryRoot.Path, "src", "GovernanceBot", "Knowledge", "Retrieval", "abbreviations.txt"));
        return new AskedBeforeFiles(Options.Create(new KnowledgeOptions { ExamplesPath = ExamplesFolder }), abbreviations).Load();
    }

    static IReadOnlyList<(TextHash Hash, Half[] Vector)> ShippedVectors() =>
        VectorStore.ReadSegment(Path.Combine(ExamplesFolder, "asked-before.vec")) ?? throw new InvalidDataException("asked-before.vec is not shipped or not readable.");

    [Fact]
    public void EveryShippedQuestionHasAVectorAndNothingElseDoes()
    {
        var questions = ShippedQuestions().Select(q => ExampleVectors.KeyOf(q.Text)).ToHashSet();
        var vectors = ShippedVectors().Select(v => v.Hash).ToList();

        Assert.Equal(vectors.Count, vectors.Distinct().Count());
        Assert.Empty(questions.Except(vectors));
        Assert.Empty(vectors.Except(questions));
    }

    [Fact]
    public void ShippedVectorsAreWhatTheQuestionModelGives()
    {
        var byKey = ShippedVectors().ToDictionary(v => v.Hash, v => v.Vector);
        var questions = ShippedQuestions();
        // Every 300th question: a spread over the sets without embedding thousands in a unit test.
        var sample = questions.Where((_, i) => i % 300 == 0).ToList();
        var embedded = SentenceEmbedder.Shared.EmbedQuestionsRemembered(sample.Select(q => q.Text).ToList(), CancellationToken.None);

        for (var i = 0; i < sample.Count; i++)
        {
            var shipped = byKey[ExampleVectors.KeyOf(sample[i].Text)].Select(h => (float)h).ToArray();
            Assert.True(System.Numerics.Tensors.TensorPrimitives.CosineSimilarity(shipped, embedded[i]) > 0.999, sample[i].Text);
        }
    }
}
