using GovernanceBot.Knowledge.Clauses;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// What is embedded for a clause: the clause under its headings (a clause says more with "Access to Documents" above it),
/// and, for a list clause, each item with its lead-in, so the item that answers can be found.
/// </summary>
public static class SemanticTexts
{
    public static string Of(Clause clause) => clause.SectionPath.Length == 0 ? clause.Text : $"{clause.SectionPath}: {clause.Text}";

    public static IReadOnlyList<string> ItemsOf(Clause clause) =>
        ClauseParts.Of(clause.Text) is { } parts ? parts.Items.Select(parts.Quote).ToList() : [];

    /// <summary>Every text of the clause that needs a vector.</summary>
    public static IEnumerable<string> All(Clause clause) => ItemsOf(clause).Prepend(Of(clause));
}
