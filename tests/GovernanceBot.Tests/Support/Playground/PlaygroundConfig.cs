using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Support.Playground;

/// <summary>A user of the Playground's tenant: its channel id (<c>user-id-N</c>) and Entra object id.</summary>
public sealed record PlaygroundUser(string Id, string Name, string AadObjectId);

/// <summary>The identities and chats the running Playground uses (GET /_internal/v1/config).</summary>
public sealed record PlaygroundConfig(
    string TenantId,
    string BotId,
    string BotName,
    PlaygroundUser CurrentUser,
    IReadOnlyList<PlaygroundUser> Users,
    string PersonalChatId,
    string GroupChatId,
    string TeamId,
    JsonObject Raw)
{
    /// <summary>The current user and the five others.</summary>
    public IEnumerable<PlaygroundUser> Everyone => Users.Prepend(CurrentUser);

    public PlaygroundUser UserNamed(string name) =>
        Everyone.SingleOrDefault(user => user.Name == name)
        ?? throw new ArgumentException($"The Playground has no user named {name}.", nameof(name));

    public PlaygroundUser UserWithId(string id) =>
        Everyone.SingleOrDefault(user => user.Id == id)
        ?? throw new ArgumentException($"The Playground has no user with id {id}.", nameof(id));

    public static PlaygroundConfig From(JsonObject response)
    {
        var config = response["config"]?.AsObject() ?? throw new InvalidOperationException("The Playground config has no 'config'.");
        return new PlaygroundConfig(
            Text(config, "tenantId"),
            Text(config["bot"], "id"),
            Text(config["bot"], "name"),
            User(config["currentUser"]),
            config["users"]!.AsArray().Select(User).ToList(),
            Text(config["personalChat"], "id"),
            Text(config["groupChats"]?[0], "id"),
            Text(config["teams"]?[0], "id"),
            config);
    }

    private static PlaygroundUser User(JsonNode? user) =>
        new(Text(user, "id"), Text(user, "name"), Text(user, "aadObjectId"));

    private static string Text(JsonNode? node, string property) =>
        (string?)node?[property] ?? throw new InvalidOperationException($"The Playground config lacks '{property}'.");
}
