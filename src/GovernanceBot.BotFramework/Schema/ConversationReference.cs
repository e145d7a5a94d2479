namespace GovernanceBot.BotFramework;

/// <summary>What a bot keeps from a turn to message the same conversation later (proactively).</summary>
public sealed class ConversationReference
{
    public string? ActivityId { get; set; }
    public ChannelAccount? User { get; set; }
    public ChannelAccount? Bot { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public string? ChannelId { get; set; }
    public string? ServiceUrl { get; set; }
    public string? Locale { get; set; }

    /// <summary>The <c>event</c> activity a proactive turn starts from, addressed as if the user had spoken.</summary>
    public Activity GetContinuationActivity() => new()
    {
        Type = ActivityTypes.Event,
        Name = "ContinueConversation",
        Id = Guid.NewGuid().ToString(),
        ChannelId = ChannelId,
        ServiceUrl = ServiceUrl,
        Conversation = Conversation,
        Recipient = Bot,
        From = User,
        Locale = Locale,
        ReplyToId = ActivityId,
    };
}
