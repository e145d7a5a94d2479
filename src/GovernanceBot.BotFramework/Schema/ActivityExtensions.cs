using System.Text.Json;

namespace GovernanceBot.BotFramework;

public static class ActivityExtensions
{
    /// <summary>A message answering <paramref name="activity"/>: addressed back to its sender, in its conversation.</summary>
    public static Activity CreateReply(this Activity activity, string? text = null) => new()
    {
        Type = ActivityTypes.Message,
        Timestamp = DateTimeOffset.UtcNow,
        From = activity.Recipient is { } bot ? new ChannelAccount { Id = bot.Id, Name = bot.Name } : null,
        Recipient = activity.From is { } user ? new ChannelAccount { Id = user.Id, Name = user.Name } : null,
        ReplyToId = activity.Id,
        ServiceUrl = activity.ServiceUrl,
        ChannelId = activity.ChannelId,
        Conversation = activity.Conversation,
        Locale = activity.Locale,
        Text = text,
        TextFormat = text is null ? null : "plain",
    };

    public static ConversationReference GetConversationReference(this Activity activity) => new()
    {
        ActivityId = activity.IsType(ActivityTypes.ConversationUpdate) ? null : activity.Id,
        User = activity.From,
        Bot = activity.Recipient,
        Conversation = activity.Conversation,
        ChannelId = activity.ChannelId,
        ServiceUrl = activity.ServiceUrl,
        Locale = activity.Locale,
    };

    /// <summary>Addresses an outgoing <paramref name="activity"/> to the conversation in <paramref name="reference"/>, from the bot.</summary>
    public static Activity ApplyConversationReference(this Activity activity, ConversationReference reference)
    {
        activity.ChannelId = reference.ChannelId;
        activity.ServiceUrl = reference.ServiceUrl;
        activity.Conversation = reference.Conversation;
        activity.From = reference.Bot;
        activity.Recipient = reference.User;
        activity.Locale ??= reference.Locale;
        return activity;
    }

    /// <summary>Reads <see cref="Activity.ChannelData"/> as <typeparamref name="T"/>; default when absent or of another shape.</summary>
    public static T? GetChannelData<T>(this Activity activity) where T : class => activity.ChannelData switch
    {
        null => null,
        T typed => typed,
        JsonElement { ValueKind: JsonValueKind.Object } element => TryDeserialize<T>(element),
        var other => TryDeserialize<T>(JsonSerializer.SerializeToElement(other, other.GetType(), BotJson.Options)),
    };

    public static TeamsChannelData? GetTeamsChannelData(this Activity activity) => activity.GetChannelData<TeamsChannelData>();

    /// <summary>The tenant, from the conversation or else from Teams channel data.</summary>
    public static string? GetTenantId(this Activity activity) =>
        activity.Conversation?.TenantId ?? activity.GetTeamsChannelData()?.Tenant?.Id;

    public static IReadOnlyList<Mention> GetMentions(this Activity activity) =>
        activity.Entities?
            .Where(entity => string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase))
            .Select(entity => TryGetMention(entity))
            .OfType<Mention>()
            .ToList() ?? [];

    private static Mention? TryGetMention(Entity entity)
    {
        try
        {
            return entity.GetAs<Mention>();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static T? TryDeserialize<T>(JsonElement element) where T : class
    {
        try
        {
            return element.Deserialize<T>(BotJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
