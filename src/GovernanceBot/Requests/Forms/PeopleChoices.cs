using GovernanceBot.People;

namespace GovernanceBot.Requests.Forms;

/// <summary>People as the options of a person field: their Entra object id stored, their name and title shown.</summary>
public static class PeopleChoices
{
    public static List<FieldChoice> Of(IEnumerable<Person> people) => people
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .Select(p => new FieldChoice(p.AadObjectId, p.Title is { Length: > 0 } title ? $"{p.Name} ({title})" : p.Name))
        .ToList();
}
