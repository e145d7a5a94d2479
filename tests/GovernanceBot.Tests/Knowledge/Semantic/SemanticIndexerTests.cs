using GovernanceBot.Knowledge;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Semantic;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Knowledge.Semantic;

/// <summary>Clause vectors: built with the index, kept by content hash, so only new or changed clause texts are embedded.</summary>
public sealed class SemanticIndexerTests : IDisposable
{
    readonly string root = Path.Combine(Path.GetTempPath(), "gb-semantic-" + Guid.NewGuid().ToString("N"));
    readonly string councils;

    public SemanticIndexerTests()
    {
        councils = Path.Combine(root, "councils");
        var folder = Directory.CreateDirectory(Path.Combine(councils, "testshire")).FullName;
        File.WriteAllText(Path.Combine(folder, "council.json"), """{ "id": "testshire", "displayName": "Testshire Council" }""");
        File.WriteAllText(Path.Combine(folder, "protocol.md"), """
            # Protocol

            ## Political groups

            12. Requests for officers to attend a group meeting go to the Chief Executive.

            13. Officers give facts and professional advice only: (a) no research for a party; (b) no policy options.
            """);
    }

    ServiceProvider Services() => KnowledgeFixture.Build(Path.Combine(root, "data"), councils);

    [Fact]
    public async Task EveryClauseAndEveryListItemGetsAVector()
    {
        using var services = Services();

        var (_, semantic) = await services.UpdateIndexesAsync(CancellationToken.None);

        Assert.Equal(2, semantic.Clauses);
        Assert.Equal(4, semantic.Texts); // two clauses, and the two items of 13 with their lead-in
        Assert.Equal(2, services.GetRequiredService<SemanticIndex>().Count);
    }

    [Fact]
    public async Task UnchangedClausesAreNeverEmbeddedAgain()
    {
        using (var services = Services())
        {
            await services.UpdateIndexesAsync(CancellationToken.None);
        }

        using var restarted = Services();
        var (_, semantic) = await restarted.UpdateIndexesAsync(CancellationToken.None);

        Assert.Equal(0, semantic.Embedded);
        Assert.Equal(4, semantic.Texts);
    }

    [Fact]
    public async Task ChangingOneClauseEmbedsOnlyThatClause()
    {
        using (var services = Services())
        {
            await services.UpdateIndexesAsync(CancellationToken.None);
        }

        var protocol = Path.Combine(councils, "testshire", "protocol.md");
        File.WriteAllText(protocol, File.ReadAllText(protocol).Replace("go to the Chief Executive", "go to the Chief Executive or a Deputy", StringComparison.Ordinal));
        using var restarted = Services();
        var (_, semantic) = await restarted.UpdateIndexesAsync(CancellationToken.None);

        Assert.Equal(1, semantic.Embedded);
    }

    [Fact]
    public async Task QuestionAskedBeforeTheVectorsAreBuiltWaitsForThem()
    {
        using var services = Services();
        services.GetRequiredService<GovernanceBot.Knowledge.Index.KnowledgeIndexer>().Update();

        var asked = services.GetRequiredService<IAnswerEngine>().AskAsync("testshire", "Who do I ask to get an officer to our group meeting?", CancellationToken.None);
        await Task.Delay(50);
        Assert.False(asked.IsCompleted);
        await services.GetRequiredService<SemanticIndexer>().UpdateAsync(CancellationToken.None);

        Assert.Equal("12", (await asked).Citations[0].Paragraph);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
