using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Index;
using GovernanceBot.Tests.Storage;

namespace GovernanceBot.Tests.Knowledge.Index;

/// <summary>A council may empty the thesaurus (<c>Knowledge:ThesaurusPath</c>): the documents are still indexed and found.</summary>
public sealed class EmptyThesaurusTests
{
    [Theory]
    [InlineData("")]
    [InlineData("# every entry removed\n\n")]
    public void ClausesAreIndexedAndFoundWithoutAnyEntries(string file)
    {
        using var folder = new TempDataFolder();
        using var index = new LuceneClauseIndex(folder.Path, Thesaurus.Parse(file.Split('\n')));
        const string text = "Requests for officers to attend group meetings go to the Chief Executive.";
        index.Replace("testshire/protocol", "hash", [new Clause("testshire", "protocol", "Protocol", "Group meetings", "12", text, 0, text.Length)]);
        index.Commit();

        var hits = index.Search(new ClauseQuery("Who do I ask to get an officer to our group meeting?", ["testshire"], AsksForRole: true), 3);

        Assert.Equal("12", Assert.Single(hits).Clause.Paragraph);
    }
}
