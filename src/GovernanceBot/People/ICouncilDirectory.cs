namespace GovernanceBot.People;

/// <summary>
/// Who is who at a council. Roles, political groups and the default contact always come from the council's
/// configured directory; people and their line managers may come from Entra ID when Microsoft Graph is configured.
/// </summary>
public interface ICouncilDirectory
{
    /// <summary>The configured directory of <paramref name="councilId"/>; throws <see cref="UnknownCouncilException"/> if none.</summary>
    CouncilDirectory Council(string councilId);

    /// <summary>The person with this Entra ID object id at this council, or null if the council does not know them.</summary>
    Task<Person?> FindPersonAsync(string councilId, string aadObjectId, CancellationToken cancellationToken);

    /// <summary>The person's line manager, or null if they have none on record.</summary>
    Task<Person?> FindLineManagerAsync(string councilId, Person person, CancellationToken cancellationToken);
}

public sealed class UnknownCouncilException(string councilId) : Exception($"No directory is configured for council '{councilId}'.");
