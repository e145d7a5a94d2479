using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.BotFramework;

/// <summary>An activity entity (<c>mention</c>, <c>clientInfo</c>, …); its fields other than <c>type</c> are kept as JSON.</summary>
public sealed class Entity
{
    public string? Type { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }

    public T? GetAs<T>() =>
        JsonSerializer.SerializeToElement(this, BotJson.Options).Deserialize<T>(BotJson.Options);

    public static Entity From(object value) =>
        JsonSerializer.SerializeToElement(value, value.GetType(), BotJson.Options).Deserialize<Entity>(BotJson.Options)!;
}

/// <summary>A <c>mention</c> entity; <see cref="Text"/> is the <c>&lt;at&gt;Name&lt;/at&gt;</c> markup that appears in the activity text.</summary>
public sealed class Mention
{
    public string Type { get; set; } = "mention";
    public ChannelAccount? Mentioned { get; set; }
    public string? Text { get; set; }
}
