using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Index;
using GovernanceBot.Tests.Storage;

namespace GovernanceBot.Tests.Knowledge.Index;

/// <summary>
/// Clauses with the same score come back in the order of their documents and places in them, not the order the
/// documents happened to be indexed in (that is parallel), so two installs of the same documents give the same answers.
/// </summary>
public sealed class TiedScoresTests
{
    const string Text = "Officers will attend the planning committee when asked.";

    [Theory]
    [InlineData("alpha", "beta")]
    [InlineData("beta", "alpha")]
    public void EqualScoresAreRankedByDocumentThenPlaceWhateverTheIndexingOrder(string indexedFirst, string indexedSecond)
    {
        using var folder = new TempDataFolder();
        using var index = new LuceneClauseIndex(folder.Path, Thesaurus.Parse(["chief-executive: chief executive, ceo"]));
        index.Replace($"testshire/{indexedFirst}", "hash", [Clause(indexedFirst, 40), Clause(indexedFirst, 10)]);
        index.Commit();
        index.Replace($"testshire/{indexedSecond}", "hash", [Clause(indexedSecond, 40), Clause(indexedSecond, 10)]);
        index.Commit();

        var hits = index.Search(new ClauseQuery("Do officers attend the planning committee?", ["testshire"], AsksForRole: false), 3);

        Assert.Equal(["alpha#10", "alpha#40", "beta#10"], hits.Select(h => h.Clause.Key));
    }

    static Clause Clause(string document, int start) => new("testshire", document, document, "Working together", $"{start}", Text, start, start + Text.Length);
}
