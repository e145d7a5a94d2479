using GovernanceBot.Knowledge;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Index;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Knowledge.Index;

/// <summary>Indexing a council folder: incremental by content hash, broken documents named and skipped.</summary>
public sealed class KnowledgeIndexerTests : IDisposable
{
    readonly string root = Path.Combine(Path.GetTempPath(), "gb-indexer-" + Guid.NewGuid().ToString("N"));
    readonly string councils;

    public KnowledgeIndexerTests()
    {
        councils = Path.Combine(root, "councils");
        var folder = Directory.CreateDirectory(Path.Combine(councils, "testshire")).FullName;
        File.WriteAllText(Path.Combine(folder, "council.json"), """{ "id": "testshire", "displayName": "Testshire Council" }""");
        File.WriteAllText(Path.Combine(folder, "protocol.md"), "# Protocol\n\n## Political groups\n\n12. Requests for officers to attend a group meeting go to the Chief Executive.\n");
        File.WriteAllBytes(Path.Combine(folder, "broken.pdf"), [0x25, 0x50, 0x44, 0x46, 0x2D, 0x31, 0x2E, 0x37, 0x0A, 0x00, 0x01]);
    }

    ServiceProvider Services() => KnowledgeFixture.Build(Path.Combine(root, "data"), councils);

    [Fact]
    public async Task BrokenDocumentIsNamedAndTheRestAreIndexed()
    {
        using var services = Services();

        var (report, _) = await services.UpdateIndexesAsync(CancellationToken.None);

        var failure = Assert.Single(report.Failures);
        Assert.Contains("broken.pdf", failure.Reason);
        Assert.Equal(1, report.Indexed);
        // Found, whether or not the gate of a council with no questions asked before lets it be answered.
        var explained = await services.GetRequiredService<AnswerPipeline>().ExplainAsync("testshire", "Who do I ask for an officer to come to our group meeting?", CancellationToken.None);
        Assert.Equal("12", explained.Candidates[0].Candidate.Clause.Paragraph);
    }

    [Fact]
    public void UnchangedDocumentsAreNotReadAgainAndChangedOnesAre()
    {
        using (var services = Services())
        {
            services.GetRequiredService<KnowledgeIndexer>().Update();
        }

        using (var services = Services())
        {
            var again = services.GetRequiredService<KnowledgeIndexer>().Update();
            Assert.Equal((0, 1), (again.Indexed, again.Unchanged));

            File.AppendAllText(Path.Combine(councils, "testshire", "protocol.md"), "\n13. Officers give facts and professional advice only.\n");
            var changed = services.GetRequiredService<KnowledgeIndexer>().Update();
            Assert.Equal((1, 0), (changed.Indexed, changed.Unchanged));
        }
    }

    [Fact]
    public void AClauseFoundBeforeItsDocumentChangedIsFoundAfterwardsWithItsNewWords()
    {
        using var services = Services();
        var indexer = services.GetRequiredService<KnowledgeIndexer>();
        var index = services.GetRequiredService<IClauseIndex>();
        indexer.Update();
        var query = new ClauseQuery("officers attend group meeting", ["testshire"], AsksForRole: false);
        Assert.Contains("the Chief Executive", index.Search(query, 5)[0].Clause.Text);

        var protocol = Path.Combine(councils, "testshire", "protocol.md");
        File.WriteAllText(protocol, File.ReadAllText(protocol).Replace("the Chief Executive", "the Head of Paid Service", StringComparison.Ordinal));
        indexer.Update();

        var found = index.Search(query, 5)[0].Clause.Text;
        Assert.Contains("the Head of Paid Service", found);
        Assert.DoesNotContain("Chief Executive", found);
    }

    [Fact]
    public void EditingTheThesaurusIndexesEveryDocumentAgain()
    {
        var thesaurus = Path.Combine(root, "thesaurus.txt");
        File.WriteAllText(thesaurus, "chief-executive: chief executive, ceo\n");
        using (var services = KnowledgeFixture.Build(Path.Combine(root, "data"), councils, thesaurus))
        {
            services.GetRequiredService<KnowledgeIndexer>().Update();
        }

        File.AppendAllText(thesaurus, "whip: whip, chief whip\n");
        using (var services = KnowledgeFixture.Build(Path.Combine(root, "data"), councils, thesaurus))
        {
            var again = services.GetRequiredService<KnowledgeIndexer>().Update();
            Assert.Equal((1, 0), (again.Indexed, again.Unchanged));
        }
    }

    [Fact]
    public async Task DocumentNoLongerConfiguredIsRemoved()
    {
        using (var services = Services())
        {
            services.GetRequiredService<KnowledgeIndexer>().Update();
        }

        File.Delete(Path.Combine(councils, "testshire", "protocol.md"));
        using var restarted = Services();
        var (report, _) = await restarted.UpdateIndexesAsync(CancellationToken.None);

        Assert.Equal(1, report.Removed);
        Assert.False((await restarted.GetRequiredService<IAnswerEngine>().AskAsync("testshire", "Who do I ask for an officer to come to our group meeting?", CancellationToken.None)).Answered);
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
