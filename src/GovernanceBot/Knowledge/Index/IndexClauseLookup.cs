using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Knowledge.Clauses;

namespace GovernanceBot.Knowledge.Index;

/// <summary>Finds a clause by a quoted phrase in the indexed documents a council may cite.</summary>
sealed class IndexClauseLookup(CouncilCatalog catalog, IClauseIndex index) : IClauseLookup
{
    public Clause? FindByQuote(string councilId, string documentId, string quote)
    {
        if (!catalog.TryGet(councilId, out var council))
        {
            return null;
        }

        var document = catalog.DocumentsFor(council).FirstOrDefault(d => d.Id == documentId);
        if (document is null)
        {
            return null;
        }

        var wanted = TextFolding.Fold(quote);
        return index.ClausesOf(document.Scope, document.Id).FirstOrDefault(c => TextFolding.Fold(c.Text).Contains(wanted, StringComparison.Ordinal));
    }
}
