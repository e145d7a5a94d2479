namespace GovernanceBot.Knowledge.Councils;

/// <summary>A council the bot serves: its id, its name and the documents its answers may come from.</summary>
public sealed record Council(string Id, string DisplayName, IReadOnlyList<SourceDocument> Documents, bool IncludesNationalGuidance, string Folder);

/// <summary>A constitution document on disk. <see cref="Id"/> is the file name without extension.</summary>
public sealed record SourceDocument(string Id, string Title, string Path, string Scope)
{
    /// <summary>The scope that marks national guidance, which applies to every council that includes it.</summary>
    public const string NationalScope = "national";
}
