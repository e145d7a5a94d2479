using System.ComponentModel.DataAnnotations;

namespace GovernanceBot.Channel;

/// <summary>How the bot behaves in a conversation, from <c>Channel</c>.</summary>
public sealed class ChannelOptions
{
    public const string Section = "Channel";

    /// <summary>
    /// How long a question may take before "typing…" is shown (the SDK's default, 500 ms). Answers from the embedded
    /// index take a few milliseconds, so users normally see the answer without it; 0 shows it on every question.
    /// </summary>
    [Range(0, 10_000)]
    public int TypingDelayMilliseconds { get; set; } = 500;

    public TimeSpan TypingDelay => TimeSpan.FromMilliseconds(TypingDelayMilliseconds);
}
