using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Retrieval;
using GovernanceBot.Knowledge.Semantic;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Knowledge.Retrieval;

/// <summary>A clause is as close to a question as its closest part that stands alone: a list item, or its first sentence.</summary>
[Collection(KnowledgeCollection.Name)]
public sealed class PartSimilarityTests(KnowledgeFixture knowledge)
{
    [Fact]
    public void PartsThatStandAloneAreTheItemsOfAListOrTheFirstSentence()
    {
        var list = Clause("Councillors can expect from officers: (a) a working partnership (b) timely response to enquiries and complaints");
        var sentences = Clause("Officers will refer a request for information to the Director. This will enable action in consultation with the Monitoring Officer.");

        Assert.Equal(2, SemanticTexts.StandAlonePartsOf(list).Count());
        Assert.Contains("timely response to enquiries and complaints", SemanticTexts.StandAlonePartsOf(list).Last(), StringComparison.Ordinal);
        Assert.Equal(["Officers will refer a request for information to the Director."], SemanticTexts.StandAlonePartsOf(sentences));
        Assert.Empty(SemanticTexts.StandAlonePartsOf(Clause("One sentence only.")));
    }

    [Fact]
    public async Task ListClauseIsAsCloseAsItsClosestItem()
    {
        var candidate = await Candidate("lbe", "How quickly should officers reply to my casework enquiry?", "timely response to enquiries and complaints");

        // The whole of the list is about much else; its item (d) is what the question asks.
        Assert.True(candidate.Evidence.PartSimilarity > candidate.Evidence.DenseSimilarity + 0.1);
    }

    [Fact]
    public async Task LaterSentenceLeaningOnTheFirstDoesNotMakeItsClauseCloser()
    {
        // "This will enable appropriate action to be taken in consultation with the Monitoring Officer" names the role the
        // question does, but alone it says nothing about overturning a refusal.
        var candidate = await Candidate("rushcliffe", "The Monitoring Officer has said no to my request for a report. Who can overturn that?", "This will enable appropriate action");

        Assert.Equal(candidate.Evidence.DenseSimilarity, candidate.Evidence.PartSimilarity, 3);
    }

    async Task<Candidate> Candidate(string councilId, string question, string phrase)
    {
        Assert.True(knowledge.Services.GetRequiredService<GovernanceBot.Knowledge.Councils.CouncilCatalog>().TryGet(councilId, out var council));
        var retrieved = await knowledge.Services.GetRequiredService<IClauseRetriever>()
            .RetrieveAsync(new Question(council.Id, council.DisplayName, question, [council.Id]), CancellationToken.None);
        return retrieved.Candidates.Single(c => c.Clause.Text.Contains(phrase, StringComparison.Ordinal));
    }

    static Clause Clause(string text) => new("testshire", "protocol", "Protocol", "", "1", text, 0, text.Length);
}
