using System.Text.RegularExpressions;

using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Councils;

namespace GovernanceBot.Tests.Routing;

/// <summary>
/// Stands in for the index's clause lookup: finds the quote in the document's whole text with the same folding
/// (case, curly quotes, white space). Coarser than the index, which must also find it within one clause.
/// </summary>
sealed partial class DocumentTextClauseLookup(CouncilCatalog catalog) : IClauseLookup
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

        var text = Fold(File.ReadAllText(document.Path));
        var at = text.IndexOf(Fold(quote), StringComparison.Ordinal);
        return at < 0 ? null : new Clause(document.Scope, document.Id, document.Title, "", "", quote, at, at + quote.Length);
    }

    static string Fold(string text) => Space().Replace(text.Replace('’', '\'').Replace('‘', '\'').Replace('“', '"').Replace('”', '"'), " ").ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Space();
}
