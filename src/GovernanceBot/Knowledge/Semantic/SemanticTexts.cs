using GovernanceBot.Knowledge.Clauses;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// What is embedded for a clause: the clause under its headings (a clause says more with "Access to Documents" above it),
/// and its parts, so the part that answers can be quoted: each item of a list clause with its lead-in, else each
/// sentence of a clause of several.
/// </summary>
public static class SemanticTexts
{
    public static string Of(Clause clause) => clause.SectionPath.Length == 0 ? clause.Text : $"{clause.SectionPath}: {clause.Text}";

    public static IReadOnlyList<string> ItemsOf(Clause clause) =>
        ClauseParts.Of(clause.Text) is { } parts ? parts.Items.Select(parts.Quote).ToList() : [];

    /// <summary>The sentences of a clause that is not a list, when it has more than one.</summary>
    public static IReadOnlyList<string> SentencesOf(Clause clause) =>
        ClauseParts.Of(clause.Text) is null && ClauseSentences.Split(clause.Text) is { Count: > 1 } sentences ? sentences : [];

    /// <summary>Every text of the clause that needs a vector.</summary>
    public static IEnumerable<string> All(Clause clause) => ItemsOf(clause).Concat(SentencesOf(clause)).Prepend(Of(clause));
}
