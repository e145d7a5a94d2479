using System.ComponentModel.DataAnnotations;

namespace GovernanceBot.Notifications;

/// <summary>
/// How the dispatcher retries. A claimed row is leased for <see cref="LeaseSeconds"/>: if the process dies while
/// delivering, another dispatcher takes the row over once the lease runs out. Failures back off exponentially
/// from <see cref="FirstRetrySeconds"/>, doubling up to <see cref="MaxRetrySeconds"/>, for <see cref="MaxAttempts"/> tries.
/// A recipient's later notifications wait while an earlier one backs off, so they never arrive out of order.
/// </summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    [Range(0.05, 3600)]
    public double PollSeconds { get; set; } = 2;

    [Range(1, 86400)]
    public int LeaseSeconds { get; set; } = 120;

    [Range(1, 86400)]
    public int FirstRetrySeconds { get; set; } = 5;

    [Range(1, 604800)]
    public int MaxRetrySeconds { get; set; } = 3600;

    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 15;

    /// <summary>
    /// How many recipients are delivered to at once. Each recipient's notifications still go one after another, in the
    /// order they were queued; the connector's latency, not this machine, is what parallel delivery hides.
    /// </summary>
    [Range(1, 256)]
    public int DeliveryParallelism { get; set; } = 32;

    public TimeSpan RetryDelay(int attempt) =>
        TimeSpan.FromSeconds(Math.Min(MaxRetrySeconds, FirstRetrySeconds * Math.Pow(2, Math.Max(0, attempt - 1))));
}
