namespace GovernanceBot.People;

/// <summary>
/// Someone in a council's directory: a councillor or an officer. <see cref="Id"/> is the directory's own key
/// (used for line managers and group membership); <see cref="AadObjectId"/> is the Entra ID object id the bot
/// knows a user by, and the key every request and notification uses.
/// </summary>
public sealed record Person(
    string Id,
    string Name,
    IReadOnlyList<string> Roles,
    string AadObjectId,
    string? Email = null,
    string? Title = null,
    string? Service = null,
    string? LineManagerId = null)
{
    public bool Has(string role) => Roles.Contains(role, StringComparer.Ordinal);

    public bool IsCouncillor => Has(CouncilRoles.Councillor);

    public bool IsOfficer => !IsCouncillor;
}
