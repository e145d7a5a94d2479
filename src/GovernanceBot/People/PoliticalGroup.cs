namespace GovernanceBot.People;

/// <summary>A political group on the council. Member ids are directory ids and include the leader and the whip.</summary>
public sealed record PoliticalGroup(
    string Id,
    string Name,
    string LeaderId,
    string? WhipId,
    IReadOnlyList<string> MemberIds,
    GroupStanding Standing)
{
    public bool Includes(Person person) => MemberIds.Contains(person.Id, StringComparer.Ordinal) || LeaderId == person.Id;
}

public enum GroupStanding
{
    Controlling,
    Opposition,
}
