using System.Diagnostics;
using Activity = GovernanceBot.BotFramework.Activity;
using System.Net;
using System.Text;
using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace GovernanceBot.Tests.Telemetry;

public sealed class TurnTelemetryTests : IAsyncLifetime
{
    const string Question = "Can Councillor Jane Doe bring the head of planning to our group meeting?";

    readonly List<System.Diagnostics.Activity> spans = [];
    readonly List<Metric> metrics = [];
    readonly BotApp app;

    public TurnTelemetryTests() =>
        app = new BotApp(services => services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(TurnTelemetry.SourceName).AddInMemoryExporter(spans))
            .WithMetrics(metering => metering.AddMeter(TurnTelemetry.MeterName).AddInMemoryExporter(metrics)));

    public Task InitializeAsync() => app.InitializeAsync();

    public Task DisposeAsync() => app.DisposeAsync();

    [Fact]
    public async Task ATurnIsOneSpanWithItsCorrelationIdTypeAndOutcomeAndNoPersonalData()
    {
        var message = app.Message("a:personal-chat-of-jane", Question);
        var trace = ActivityTraceId.CreateRandom();

        var response = await PostAsync(message, trace);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(Spans(trace));
        Assert.Equal(TurnTelemetry.SpanName, turn.DisplayName);
        Assert.Equal(trace.ToHexString(), turn.GetTagItem(TurnTelemetry.CorrelationIdTag));
        Assert.Equal("message", turn.GetTagItem(TurnTelemetry.ActivityTypeTag));
        Assert.Equal("handled", turn.GetTagItem(TurnTelemetry.OutcomeTag));
        var recorded = string.Join('\n', turn.TagObjects.Select(tag => $"{tag.Key}={tag.Value}")
            .Concat(turn.Events.Select(e => e.Name)).Concat(turn.Baggage.Select(b => $"{b.Key}={b.Value}")));
        foreach (var personal in PersonalData(message))
        {
            Assert.DoesNotContain(personal, recorded, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task TurnDurationsAreMeasuredByActivityTypeAndOutcomeOnly()
    {
        await PostAsync(app.Message("a:personal-chat-of-sam", Question), ActivityTraceId.CreateRandom());

        app.Services.GetRequiredService<MeterProvider>().ForceFlush();
        // The provider listens to the meter by name, so it also hears the other hosts the test process runs; when one of
        // them stops while another starts, the export holds the instrument twice (a stream ending, a stream beginning).
        // Every stream of it must be measured by activity type and outcome only.
        var durations = metrics.Where(metric => metric.Name == TurnTelemetry.DurationInstrument).ToList();
        Assert.NotEmpty(durations);
        var points = new List<MetricPoint>();
        foreach (var duration in durations)
        {
            foreach (ref readonly var point in duration.GetMetricPoints())
            {
                points.Add(point);
            }
        }

        var keys = points.SelectMany(point => Tags(point).Keys).Distinct().Order();
        Assert.Equal([TurnTelemetry.ActivityTypeTag, TurnTelemetry.OutcomeTag], keys);
        Assert.Contains(points, point => Tags(point)[TurnTelemetry.ActivityTypeTag] == "message" && Tags(point)[TurnTelemetry.OutcomeTag] == "handled" && point.GetHistogramCount() >= 1);
    }

    [Fact]
    public async Task ABodyThatIsNotAnActivityIsARejectedTurn()
    {
        var trace = ActivityTraceId.CreateRandom();

        var response = await PostAsync("""{"not":"an activity"}""", trace);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var turn = Assert.Single(Spans(trace));
        Assert.Equal("rejected", turn.GetTagItem(TurnTelemetry.OutcomeTag));
        Assert.Equal("none", turn.GetTagItem(TurnTelemetry.ActivityTypeTag));
    }

    static IEnumerable<string> PersonalData(Activity message) =>
        [Question, "Jane Doe", message.From!.Name!, message.From.Id!, message.From.AadObjectId!, message.Conversation!.Id!, message.Conversation.TenantId!];

    static Dictionary<string, string?> Tags(MetricPoint point)
    {
        var tags = new Dictionary<string, string?>();
        foreach (var tag in point.Tags)
        {
            tags[tag.Key] = tag.Value?.ToString();
        }

        return tags;
    }

    // The span source is process-wide and other test classes take turns at the same time; a trace id of this test's own
    // picks out its turn. ASP.NET Core continues the trace the traceparent header names, and the turn span is its child.
    List<System.Diagnostics.Activity> Spans(ActivityTraceId trace)
    {
        lock (spans)
        {
            return spans.Where(span => span.TraceId == trace).ToList();
        }
    }

    Task<HttpResponseMessage> PostAsync(Activity activity, ActivityTraceId trace) =>
        PostAsync(JsonSerializer.Serialize(activity, BotJson.Options), trace);

    Task<HttpResponseMessage> PostAsync(string body, ActivityTraceId trace)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("traceparent", $"00-{trace.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01");
        return app.Client.SendAsync(request);
    }
}
