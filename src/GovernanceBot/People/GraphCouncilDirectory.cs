using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;

namespace GovernanceBot.People;

/// <summary>
/// People and line managers from Entra ID (<c>/users/{id}</c>, <c>/users/{id}/manager</c>); roles, groups and
/// the default contact from the configured directory, which also fills in anyone Entra ID has no record of.
/// </summary>
public sealed class GraphCouncilDirectory(GraphServiceClient graph, FileCouncilDirectory file) : ICouncilDirectory
{
    static readonly string[] UserFields = ["id", "displayName", "mail", "jobTitle", "department"];

    public CouncilDirectory Council(string councilId) => file.Council(councilId);

    public async Task<Person?> FindPersonAsync(string councilId, string aadObjectId, CancellationToken cancellationToken)
    {
        var configured = file.Council(councilId).ByAadObjectId(aadObjectId);
        var user = await NotFoundAsNull(() => graph.Users[aadObjectId].GetAsync(r => r.QueryParameters.Select = UserFields, cancellationToken));
        return user is null ? configured : Merge(user, configured);
    }

    public async Task<Person?> FindLineManagerAsync(string councilId, Person person, CancellationToken cancellationToken)
    {
        var directory = file.Council(councilId);
        var manager = await NotFoundAsNull(() => graph.Users[person.AadObjectId].Manager.GetAsync(
            r => r.QueryParameters.Select = UserFields, cancellationToken));
        return manager is User { Id: { } id } user
            ? Merge(user, directory.ByAadObjectId(id))
            : directory.LineManagerOf(person);
    }

    /// <summary>Entra ID is the record for name, mail, title and service; the directory file for roles.</summary>
    internal static Person Merge(User user, Person? configured) => new(
        configured?.Id ?? $"aad:{user.Id}",
        user.DisplayName ?? configured?.Name ?? "(unnamed)",
        configured?.Roles ?? [CouncilRoles.Officer],
        user.Id ?? configured?.AadObjectId ?? throw new InvalidOperationException("Graph returned a user without an id."),
        user.Mail ?? configured?.Email,
        user.JobTitle ?? configured?.Title,
        configured?.Service ?? user.Department,
        configured?.LineManagerId);

    static async Task<T?> NotFoundAsNull<T>(Func<Task<T?>> call)
        where T : class
    {
        try
        {
            return await call();
        }
        catch (ODataError error) when (error.ResponseStatusCode == 404)
        {
            return null;
        }
    }
}
