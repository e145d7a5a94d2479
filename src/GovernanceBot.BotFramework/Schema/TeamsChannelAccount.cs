using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.BotFramework;

/// <summary>A member's Teams profile (<c>GET v3/conversations/{id}/members/{memberId}</c>).</summary>
public sealed class TeamsChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }

    /// <summary>Teams returns the AAD object id under this name; <see cref="EntraObjectId"/> reads either.</summary>
    public string? ObjectId { get; set; }

    public string? GivenName { get; set; }
    public string? Surname { get; set; }
    public string? Email { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? TenantId { get; set; }
    public string? UserRole { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    [JsonIgnore]
    public string? EntraObjectId => AadObjectId ?? ObjectId;
}
