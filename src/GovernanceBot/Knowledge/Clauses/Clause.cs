namespace GovernanceBot.Knowledge.Clauses;

/// <summary>
/// The unit users cite: one numbered paragraph, lettered sub-item or headed bullet of a document,
/// with the headings it sits under. <see cref="Scope"/> is the council id, or "national" for guidance
/// that applies to every council.
/// </summary>
public sealed record Clause(
    string Scope,
    string DocumentId,
    string DocumentTitle,
    string SectionPath,
    string Paragraph,
    string Text,
    int Start,
    int End)
{
    /// <summary>A stable key: document and ordinal position are enough to tell clauses apart.</summary>
    public string Key => $"{DocumentId}#{Start}";
}
