using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.BotFramework;

/// <summary>The Teams shape of <see cref="Activity.ChannelData"/>.</summary>
public sealed class TeamsChannelData
{
    public TenantInfo? Tenant { get; set; }
    public TeamInfo? Team { get; set; }
    public ChannelInfo? Channel { get; set; }
    public string? EventType { get; set; }
    public NotificationInfo? Notification { get; set; }
    public MeetingInfo? Meeting { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}

public sealed record TenantInfo(string? Id);

public sealed record TeamInfo(string? Id, string? Name = null, string? AadGroupId = null);

public sealed record ChannelInfo(string? Id, string? Name = null, string? Type = null);

/// <summary>Set <see cref="Alert"/> on an outbound activity to raise an activity-feed notification.</summary>
public sealed record NotificationInfo(bool? Alert);

public sealed record MeetingInfo(string? Id);
