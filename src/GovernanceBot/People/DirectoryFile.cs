using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.People;

/// <summary>Reads and checks a council's <c>directory.json</c>; every broken reference is a configuration error naming it.</summary>
static class DirectoryFile
{
    public const string FileName = "directory.json";

    static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    public static CouncilDirectory Load(string councilId, string path)
    {
        Shape file;
        try
        {
            file = JsonSerializer.Deserialize<Shape>(File.ReadAllText(path), Json)
                ?? throw new DirectoryConfigurationException($"'{path}' is empty.");
        }
        catch (JsonException e)
        {
            throw new DirectoryConfigurationException($"'{path}' is not valid JSON: {e.Message}");
        }

        var people = (file.People ?? []).Select(p => p.ToPerson(path)).ToList();
        var groups = (file.Groups ?? []).Select(g => g.ToGroup(path)).ToList();
        Check(councilId, path, people, groups, file.DefaultContact);
        return new CouncilDirectory(councilId, people, groups, file.DefaultContact!);
    }

    static void Check(string councilId, string path, List<Person> people, List<PoliticalGroup> groups, string? defaultContact)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var aadIds = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var person in people)
        {
            Require(ids.Add(person.Id), $"person id '{person.Id}' appears twice");
            Require(aadIds.Add(person.AadObjectId), $"aadObjectId '{person.AadObjectId}' appears twice");
            foreach (var role in person.Roles)
            {
                Require(CouncilRoles.All.Contains(role), $"person '{person.Id}' has unknown role '{role}'");
            }
        }

        foreach (var person in people.Where(p => p.LineManagerId is not null))
        {
            Require(ids.Contains(person.LineManagerId!), $"person '{person.Id}' names unknown line manager '{person.LineManagerId}'");
        }

        foreach (var group in groups)
        {
            Require(ids.Contains(group.LeaderId), $"group '{group.Id}' names unknown leader '{group.LeaderId}'");
            Require(group.WhipId is null || ids.Contains(group.WhipId), $"group '{group.Id}' names unknown whip '{group.WhipId}'");
            foreach (var member in group.MemberIds)
            {
                Require(ids.Contains(member), $"group '{group.Id}' names unknown member '{member}'");
            }
        }

        Require(defaultContact is not null && ids.Contains(defaultContact), $"defaultContact '{defaultContact}' is not a person in the directory");

        void Require(bool condition, string problem)
        {
            if (!condition)
            {
                throw new DirectoryConfigurationException($"Council '{councilId}' directory '{path}': {problem}.");
            }
        }
    }

    sealed record Shape(string? DefaultContact, List<PersonShape>? People, List<GroupShape>? Groups);

    sealed record PersonShape(string? Id, string? Name, List<string>? Roles, string? AadObjectId, string? Email, string? Title, string? Service, string? LineManagerId)
    {
        public Person ToPerson(string path) => new(
            Id ?? throw new DirectoryConfigurationException($"'{path}': a person has no id."),
            Name ?? throw new DirectoryConfigurationException($"'{path}': person '{Id}' has no name."),
            Roles ?? [],
            AadObjectId ?? throw new DirectoryConfigurationException($"'{path}': person '{Id}' has no aadObjectId."),
            Email,
            Title,
            Service,
            LineManagerId);
    }

    sealed record GroupShape(string? Id, string? Name, string? LeaderId, string? WhipId, List<string>? MemberIds, GroupStanding Standing)
    {
        public PoliticalGroup ToGroup(string path) => new(
            Id ?? throw new DirectoryConfigurationException($"'{path}': a group has no id."),
            Name ?? Id,
            LeaderId ?? throw new DirectoryConfigurationException($"'{path}': group '{Id}' has no leaderId."),
            WhipId,
            MemberIds ?? [],
            Standing);
    }
}

public sealed class DirectoryConfigurationException(string message) : Exception(message);
