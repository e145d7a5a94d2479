using GovernanceBot.Knowledge.Clauses;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Knowledge.Index;

[Collection(KnowledgeCollection.Name)]
public sealed class ClauseLookupTests(KnowledgeFixture knowledge)
{
    [Fact]
    public void QuotedPhraseFindsItsClauseWhateverTheQuotesAndCase()
    {
        using var services = KnowledgeFixture.Build(knowledge.DataPath + "-lookup");
        services.GetRequiredService<GovernanceBot.Knowledge.Index.KnowledgeIndexer>().Update();
        var lookup = services.GetRequiredService<IClauseLookup>();

        var clause = lookup.FindByQuote("lbe", "convention-on-working-relations", "OFFICERS’ ADVICE to political groups will be limited");

        Assert.Equal("13(c)", clause?.Paragraph);
        Assert.Null(lookup.FindByQuote("lbe", "convention-on-working-relations", "a sentence no protocol contains"));
        Assert.Null(lookup.FindByQuote("derby", "convention-on-working-relations", "Officers’ advice to political groups"));
    }
}
