using GovernanceBot.Knowledge.Councils;

namespace GovernanceBot.People;

/// <summary>The embedded default: every council folder's <c>directory.json</c>, loaded once.</summary>
public sealed class FileCouncilDirectory(IReadOnlyDictionary<string, CouncilDirectory> councils) : ICouncilDirectory
{
    public static FileCouncilDirectory Load(CouncilCatalog catalog)
    {
        var councils = new Dictionary<string, CouncilDirectory>(StringComparer.Ordinal);
        foreach (var council in catalog.Councils)
        {
            var path = Path.Combine(council.Folder, DirectoryFile.FileName);
            if (File.Exists(path))
            {
                councils[council.Id] = DirectoryFile.Load(council.Id, path);
            }
        }

        return new FileCouncilDirectory(councils);
    }

    public IEnumerable<string> CouncilIds => councils.Keys;

    public CouncilDirectory Council(string councilId) =>
        councils.TryGetValue(councilId, out var directory) ? directory : throw new UnknownCouncilException(councilId);

    public Task<Person?> FindPersonAsync(string councilId, string aadObjectId, CancellationToken cancellationToken) =>
        Task.FromResult(Council(councilId).ByAadObjectId(aadObjectId));

    public Task<Person?> FindLineManagerAsync(string councilId, Person person, CancellationToken cancellationToken) =>
        Task.FromResult(Council(councilId).LineManagerOf(person));
}
