using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Index;

namespace GovernanceBot.Tests.Knowledge.Index;

/// <summary>
/// In a large index the question's common words (in more than a tenth of the clauses) no longer make a clause a
/// candidate on their own, but they still count towards the score of the clauses that are candidates.
/// </summary>
public sealed class LargeIndexSearchTests : IDisposable
{
    const int Filler = 12_000;

    readonly string path = Directory.CreateTempSubdirectory("governancebot-large-index-").FullName;
    readonly LuceneClauseIndex index;

    public LargeIndexSearchTests()
    {
        index = new LuceneClauseIndex(path, Thesaurus.Parse(["chief-executive: chief executive, ceo"]));
        var clauses = Enumerable.Range(0, Filler)
            .Select(i => Clause(i, i % 2 == 0 ? "Officers and councillors should work together with mutual respect." : "Councillors represent their wards."))
            .Append(Clause(Filler, "Officers will attend the planning committee when asked."))
            .Append(Clause(Filler + 1, "The planning committee meets monthly."))
            .ToList();
        index.Replace("testshire/protocol", "hash", clauses);
        index.Commit();
    }

    [Fact]
    public void CommonWordsStillRankTheCandidatesThatHaveADistinctiveWord()
    {
        var hits = index.Search(new ClauseQuery("Do officers attend the planning committee?", ["testshire"], AsksForRole: false), 10);

        Assert.Equal(Filler, hits[0].Clause.Start);
        Assert.Equal(Filler + 1, hits[1].Clause.Start);
    }

    [Fact]
    public void ClausesWithOnlyCommonWordsAreNotCandidatesWhenADistinctiveWordMatches()
    {
        var hits = index.Search(new ClauseQuery("Should officers and councillors attend the planning committee?", ["testshire"], AsksForRole: false), 10);

        Assert.Equal(2, hits.Count);
    }

    [Fact]
    public void QuestionOfCommonWordsAloneStillFindsClauses()
    {
        var hits = index.Search(new ClauseQuery("How should officers and councillors work?", ["testshire"], AsksForRole: false), 3);

        Assert.Equal(3, hits.Count);
        Assert.Contains("mutual respect", hits[0].Clause.Text);
    }

    static Clause Clause(int start, string text) => new("testshire", "protocol", "Protocol", "Working together", $"{start}", text, start, start + 1);

    public void Dispose()
    {
        index.Dispose();
        Directory.Delete(path, recursive: true);
    }
}
