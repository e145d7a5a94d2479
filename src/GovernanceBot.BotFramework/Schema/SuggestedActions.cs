using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.BotFramework;

/// <summary>Quick replies. Teams shows at most three and none on a message with attachments.</summary>
public sealed class SuggestedActions
{
    public List<string>? To { get; set; }
    public List<CardAction>? Actions { get; set; }
}

/// <summary>A card action such as <c>imBack</c>, <c>messageBack</c> or <c>openUrl</c>.</summary>
public sealed class CardAction
{
    public string? Type { get; set; }
    public string? Title { get; set; }
    public string? Text { get; set; }
    public string? DisplayText { get; set; }
    public object? Value { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; set; }
}
