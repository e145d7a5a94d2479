using System.Diagnostics;
using System.Diagnostics.Metrics;
using Span = System.Diagnostics.Activity;

namespace GovernanceBot.BotFramework;

/// <summary>How a turn ended, as recorded in its span and metric.</summary>
public enum TurnOutcome
{
    /// <summary>An exception escaped the turn; the default until something else is recorded.</summary>
    Failed,

    /// <summary>The bot took the turn (for an invoke, it set a response).</summary>
    Handled,

    /// <summary>No valid token: 401 before the bot saw anything.</summary>
    Unauthenticated,

    /// <summary>Not an activity this endpoint takes: wrong method, too large, or not an activity (405, 413, 400).</summary>
    Rejected,

    /// <summary>An invoke the bot does not handle (501).</summary>
    NotImplemented,
}

/// <summary>One turn being measured; disposing it ends the span and records the duration.</summary>
public sealed class TurnMeasurement(Span? span, Histogram<double> duration, long started) : IDisposable
{
    // Activity types come from the caller, so only the protocol's own names are recorded, keeping the tag's values few.
    private static readonly HashSet<string> KnownTypes =
    [
        ActivityTypes.Message, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate, ActivityTypes.MessageReaction,
        ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.Typing, ActivityTypes.Invoke, ActivityTypes.Event,
        ActivityTypes.Trace,
    ];

    private string activityType = "none";
    private TurnOutcome outcome = TurnOutcome.Failed;

    public void SetActivityType(string? type) =>
        activityType = type is not null && KnownTypes.Contains(type) ? type : "other";

    public void SetOutcome(TurnOutcome value) => outcome = value;

    public void Dispose()
    {
        var outcomeName = Name(outcome);
        if (span is not null)
        {
            span.SetTag(TurnTelemetry.ActivityTypeTag, activityType);
            span.SetTag(TurnTelemetry.OutcomeTag, outcomeName);
            if (outcome == TurnOutcome.Failed)
            {
                span.SetStatus(ActivityStatusCode.Error);
            }

            span.Dispose();
        }

        duration.Record(
            Stopwatch.GetElapsedTime(started).TotalSeconds,
            new KeyValuePair<string, object?>(TurnTelemetry.ActivityTypeTag, activityType),
            new KeyValuePair<string, object?>(TurnTelemetry.OutcomeTag, outcomeName));
    }

    private static string Name(TurnOutcome outcome) => outcome switch
    {
        TurnOutcome.Handled => "handled",
        TurnOutcome.Unauthenticated => "unauthenticated",
        TurnOutcome.Rejected => "rejected",
        TurnOutcome.NotImplemented => "not_implemented",
        _ => "failed",
    };
}
