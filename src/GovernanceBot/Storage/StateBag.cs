using System.Text.Json;
using System.Text.Json.Nodes;

namespace GovernanceBot.Storage;

/// <summary>
/// One conversation's (or user's) state as loaded: named properties, each a JSON value, and the ETag it was read
/// with, so that saving it fails rather than overwrite a change made in between.
/// </summary>
public sealed class StateBag
{
    static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    readonly JsonObject properties;

    internal StateBag(string key, JsonObject properties, string? eTag)
    {
        Key = key;
        this.properties = properties;
        ETag = eTag;
    }

    public string Key { get; }

    /// <summary>The ETag of the stored document; <c>null</c> when nothing was stored yet.</summary>
    public string? ETag { get; internal set; }

    public bool IsChanged { get; internal set; }

    public T? Get<T>(string name) =>
        properties.TryGetPropertyValue(name, out var node) && node is not null ? node.Deserialize<T>(Json) : default;

    public void Set<T>(string name, T value)
    {
        properties[name] = JsonSerializer.SerializeToNode(value, Json);
        IsChanged = true;
    }

    public void Remove(string name) => IsChanged |= properties.Remove(name);

    internal JsonElement ToElement() => JsonSerializer.SerializeToElement(properties, Json);
}
