using System.Diagnostics;
using System.Diagnostics.Metrics;
using Span = System.Diagnostics.Activity;

namespace GovernanceBot.BotFramework;

/// <summary>
/// Traces and metrics for turns: a span per inbound activity and a duration histogram, tagged only with the activity
/// type, the outcome and the turn's correlation id. Nothing a person wrote or is identified by (text, names, user or
/// conversation ids) is recorded, so exported telemetry holds no personal data. Without a listener (no OpenTelemetry
/// configured) the span is never created and nothing is measured.
/// </summary>
public sealed class TurnTelemetry : IDisposable
{
    public const string SourceName = "GovernanceBot.Turns";
    public const string MeterName = "GovernanceBot.Turns";
    public const string SpanName = "bot turn";
    public const string CorrelationIdTag = "governancebot.turn.correlation_id";
    public const string ActivityTypeTag = "governancebot.turn.activity_type";
    public const string OutcomeTag = "governancebot.turn.outcome";
    public const string DurationInstrument = "governancebot.turn.duration";

    private static readonly ActivitySource Source = new(SourceName);

    private readonly Meter meter;
    private readonly Histogram<double> duration;

    public TurnTelemetry(IMeterFactory meters)
    {
        meter = meters.Create(MeterName);
        duration = meter.CreateHistogram<double>(DurationInstrument, unit: "s", description: "Time from receiving an activity to answering it, by activity type and outcome.");
    }

    /// <summary>
    /// The correlation id of the turn running on this thread: the W3C trace id, which Application Insights shows as the
    /// operation id, so one id finds the request, the turn and every log line written during it. Null outside a trace.
    /// </summary>
    public static string? CurrentCorrelationId =>
        Span.Current is { TraceId: var trace } && trace != default ? trace.ToHexString() : null;

    public TurnMeasurement Start()
    {
        var span = Source.StartActivity(SpanName, ActivityKind.Internal);
        span?.SetTag(CorrelationIdTag, CurrentCorrelationId);
        return new TurnMeasurement(span, duration, Stopwatch.GetTimestamp());
    }

    public void Dispose() => meter.Dispose();
}
