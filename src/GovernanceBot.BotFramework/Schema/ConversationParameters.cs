using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.BotFramework;

/// <summary>The body of <c>POST v3/conversations</c>. For a Teams 1:1 chat: one member (29: id or AAD object id) and the tenant.</summary>
public sealed class ConversationParameters
{
    public bool? IsGroup { get; set; }
    public ChannelAccount? Bot { get; set; }
    public List<ChannelAccount>? Members { get; set; }
    public string? TopicName { get; set; }
    public string? TenantId { get; set; }
    public Activity? Activity { get; set; }
    public object? ChannelData { get; set; }

    /// <summary>Parameters for the personal chat with one user; idempotent on the Teams side.</summary>
    public static ConversationParameters PersonalChat(string userId, string tenantId, Activity? firstMessage = null) => new()
    {
        IsGroup = false,
        Members = [new ChannelAccount { Id = userId }],
        TenantId = tenantId,
        // Older SDKs also send the tenant in channel data; Teams accepts both.
        ChannelData = new TeamsChannelData { Tenant = new TenantInfo(tenantId) },
        Activity = firstMessage,
    };
}

/// <summary>The answer to create-conversation: the conversation id (<c>a:…</c> for a personal chat).</summary>
public sealed class ConversationResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
