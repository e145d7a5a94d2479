namespace GovernanceBot.Knowledge.Councils;

/// <summary>
/// A council the bot serves: its id, its name, the documents its answers may come from, and the example questions
/// its welcome card offers (Democratic Services picks ones its own protocol answers; empty for the general ones).
/// </summary>
public sealed record Council(string Id, string DisplayName, IReadOnlyList<SourceDocument> Documents, bool IncludesNationalGuidance, string Folder, IReadOnlyList<string>? Examples = null)
{
    /// <summary>The scopes its questions are answered from: its own documents, and the national guidance if it includes it.</summary>
    public IReadOnlyList<string> Scopes => IncludesNationalGuidance ? [Id, SourceDocument.NationalScope] : [Id];
}

/// <summary>
/// A constitution document on disk. <see cref="Id"/> is the file name without extension. <see cref="StartsAt"/>, when
/// set, is the heading the protocol starts at in a file that carries other papers before it (an agenda pack's letter,
/// minutes and reports): answers come from that heading on, never from a meeting's minutes or its room guidance.
/// </summary>
public sealed record SourceDocument(string Id, string Title, string Path, string Scope, string? StartsAt = null)
{
    /// <summary>The scope that marks national guidance, which applies to every council that includes it.</summary>
    public const string NationalScope = "national";
}
