using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Semantic;
using Microsoft.Extensions.DependencyInjection;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Knowledge.Examples;

[Collection(KnowledgeCollection.Name)]
public sealed class ExampleVectorsTests(KnowledgeFixture knowledge)
{
    const string DevSet = "dev-questions";

    ExampleMemory Memory => knowledge.Services.GetRequiredService<ExampleMemory>();

    [Fact]
    public void ShippedTuningSetsAndSpentValidationSetsAreTheMemoryAndNoSealedOrFreshSetIs()
    {
        var shipped = Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Knowledge", "Examples"), "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        string[] spent = [.. Enumerable.Range(4, 28).Select(n => $"validation-{n}-questions.jsonl")];

        Assert.Equal(
            new[]
            {
                "colloquial-questions.jsonl", "dev-questions.jsonl", "situations-2-questions.jsonl", "situations-questions.jsonl",
                "validation-2-questions.jsonl", "validation-3-questions.jsonl", "validation-questions.jsonl",
            }.Concat(spent).Order(StringComparer.Ordinal),
            shipped);
        var sealedSets = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "eval", "sealed"));
        var freshSets = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "eval", "validation")).Where(f => !spent.Contains(Path.GetFileName(f)));
        foreach (var unshipped in sealedSets.Concat(freshSets))
        {
            Assert.DoesNotContain(Path.GetFileName(unshipped), shipped);
        }

        Assert.True(Memory.Count > 6500);
    }

    [Fact]
    public async Task QuestionAskedBeforeAsNotCoveredLeansUncoveredUnlessItsSetIsLeftOut()
    {
        var asked = GovernanceBot.Knowledge.Evaluation.EvalQuestion.ReadFile(Path.Combine(RepositoryRoot.Path, "eval", $"{DevSet}.jsonl")).First(q => !q.ShouldAnswer);

        var remembered = await knowledge.Pipeline.ExplainAsync(asked.Council, asked.Question, CancellationToken.None);
        Explanation leftOut;
        using (Memory.Excluding(DevSet))
        {
            leftOut = await knowledge.Pipeline.ExplainAsync(asked.Council, asked.Question, CancellationToken.None);
        }

        // Its own words are in the memory as not covered: the nearest question asked before is itself.
        Assert.True(remembered.Question!.NearestAsked[0].Similarity > 0.97);
        Assert.False(remembered.Question.NearestAsked[0].Answered);
        Assert.True(leftOut.Question!.NearestAsked[0].Similarity < remembered.Question.NearestAsked[0].Similarity);
    }

    [Fact]
    public Task QuestionsForAnotherCouncilOrWhoseAnswerIsGoneAreLeftOut() => WithExamplesAsync(
        [
            """{"id":"1","council":"derby","question":"who do I ask to get an officer to our group?","expect":"answer","gold":["made to the Chief Executive"]}""",
            """{"id":"2","council":"derby","question":"where can I park?","expect":"abstain"}""",
            """{"id":"3","council":"derby","question":"what about the old rule?","expect":"answer","gold":["a phrase no document holds"]}""",
            """{"id":"4","council":"nowhere","question":"who do I ask?","expect":"answer","gold":["made to the Chief Executive"]}""",
        ],
        _ => { },
        services => Assert.Equal(2, services.GetRequiredService<ExampleMemory>().Count));

    [Fact]
    public Task QuestionsWithAShippedVectorTakeItInsteadOfBeingEmbedded()
    {
        // A vector the model would never give: every dimension the same.
        var shipped = Enumerable.Repeat((Half)(1 / Math.Sqrt(384)), 384).ToArray();
        return WithExamplesAsync(
            [
                """{"id":"1","council":"derby","question":"where can I park?","expect":"abstain"}""",
                """{"id":"2","council":"derby","question":"is there a staff canteen?","expect":"abstain"}""",
            ],
            folder => VectorStore.WriteSegment(Path.Combine(folder, "mine.vec"), [(ExampleVectors.KeyOf("where can I park?"), shipped)]),
            services =>
            {
                var store = services.GetRequiredService<VectorStore>();
                Assert.True(store.TryGet(ExampleVectors.KeyOf("where can I park?"), out var taken));
                Assert.Equal(shipped, taken);
                Assert.True(store.TryGet(ExampleVectors.KeyOf("is there a staff canteen?"), out var embedded));
                Assert.NotEqual(shipped, embedded);
                Assert.Equal(2, services.GetRequiredService<ExampleMemory>().Count);
            });
    }

    [Fact]
    public Task ADamagedVectorsFileIsSkippedAndItsQuestionsEmbedded() => WithExamplesAsync(
        ["""{"id":"1","council":"derby","question":"where can I park?","expect":"abstain"}"""],
        folder => File.WriteAllText(Path.Combine(folder, "mine.vec"), "not a vectors file"),
        services =>
        {
            Assert.True(services.GetRequiredService<VectorStore>().TryGet(ExampleVectors.KeyOf("where can I park?"), out var embedded));
            Assert.Equal(SentenceEmbedder.Dimensions, embedded.Length);
            Assert.Equal(1, services.GetRequiredService<ExampleMemory>().Count);
        });

    /// <summary>Builds the knowledge services on a new data folder with an examples folder holding these questions (and whatever <paramref name="add"/> puts there), then checks them.</summary>
    static async Task WithExamplesAsync(string[] questions, Action<string> add, Action<IServiceProvider> check)
    {
        var examples = Directory.CreateTempSubdirectory("gb-examples-");
        var data = Directory.CreateTempSubdirectory("gb-examples-data-");
        try
        {
            await File.WriteAllLinesAsync(Path.Combine(examples.FullName, "mine.jsonl"), questions);
            add(examples.FullName);
            await using var services = KnowledgeFixture.Build(data.FullName, examplesPath: examples.FullName);
            await KnowledgeFixture.UpdateAsync(services);
            check(services);
        }
        finally
        {
            examples.Delete(recursive: true);
            data.Delete(recursive: true);
        }
    }
}
