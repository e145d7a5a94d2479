namespace GovernanceBot.People;

/// <summary>
/// One council's directory as configured in <c>councils/&lt;id&gt;/directory.json</c>: its people, roles,
/// political groups and default contact. Roles and groups always come from here, even when Entra ID
/// supplies people's names and managers.
/// </summary>
public sealed class CouncilDirectory
{
    readonly Dictionary<string, Person> byId;
    readonly Dictionary<string, Person> byAad;

    public CouncilDirectory(string councilId, IReadOnlyList<Person> people, IReadOnlyList<PoliticalGroup> groups, string defaultContactId)
    {
        CouncilId = councilId;
        People = people;
        Groups = groups;
        byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        byAad = people.ToDictionary(p => p.AadObjectId, StringComparer.OrdinalIgnoreCase);
        DefaultContact = byId[defaultContactId];
    }

    public string CouncilId { get; }

    public IReadOnlyList<Person> People { get; }

    public IReadOnlyList<PoliticalGroup> Groups { get; }

    /// <summary>Democratic Services: who a flow hands off to where the protocol prescribes no route.</summary>
    public Person DefaultContact { get; }

    public Person? ById(string id) => byId.GetValueOrDefault(id);

    public Person? ByAadObjectId(string aadObjectId) => byAad.GetValueOrDefault(aadObjectId);

    public IReadOnlyList<Person> WithRole(string role) => People.Where(p => p.Has(role)).ToList();

    public Person? LineManagerOf(Person person) => person.LineManagerId is { } id ? ById(id) : null;

    public PoliticalGroup? GroupOf(Person person) => Groups.FirstOrDefault(g => g.Includes(person));

    public Person LeaderOf(PoliticalGroup group) => byId[group.LeaderId];
}
