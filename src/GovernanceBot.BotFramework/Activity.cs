namespace GovernanceBot.BotFramework;

/// <summary>A Bot Framework activity (placeholder until the protocol layer lands).</summary>
public sealed class Activity
{
    public string? Type { get; set; }
}
