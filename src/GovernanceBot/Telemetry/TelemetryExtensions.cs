using Azure.Monitor.OpenTelemetry.Exporter;

using GovernanceBot.BotFramework;

using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace GovernanceBot.Telemetry;

public static class TelemetryExtensions
{
    public const string ServiceName = "GovernanceBot";

    /// <summary>
    /// OpenTelemetry traces and metrics of turns (<see cref="TurnTelemetry"/>), ASP.NET Core and HttpClient
    /// instrumentation and logs, exported to Azure Monitor when <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set.
    /// Unset, no OpenTelemetry pipeline is built at all, so nothing is collected or exported.
    /// </summary>
    /// <remarks>
    /// The exporter is wired here rather than through the Azure Monitor ASP.NET Core distro because the distro's Azure VM
    /// resource detector calls the instance metadata address (169.254.169.254) at start, which an App Service app has no
    /// use for and a test machine must never reach.
    /// </remarks>
    public static IServiceCollection AddTelemetry(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelemetryOptions>().Bind(configuration)
            .Validate(options => options.IsValid, $"{TelemetryOptions.ConnectionStringKey} is not an Application Insights connection string (InstrumentationKey=…;IngestionEndpoint=…).")
            .ValidateOnStart();
        var options = configuration.Get<TelemetryOptions>() ?? new TelemetryOptions();
        if (!options.ExportsToAzureMonitor || !options.IsValid)
        {
            return services;
        }

        var connectionString = options.ConnectionString;
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(TurnTelemetry.SourceName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation(http =>
                    http.EnrichWithHttpRequestMessage = (span, request) => span.SetTag("url.full", RedactedUrls.Redact(request.RequestUri)))
                .AddAzureMonitorTraceExporter(azure => azure.ConnectionString = connectionString))
            .WithMetrics(metrics => metrics
                .AddMeter(TurnTelemetry.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddAzureMonitorMetricExporter(azure => azure.ConnectionString = connectionString))
            .WithLogging(logging => logging.AddAzureMonitorLogExporter(azure => azure.ConnectionString = connectionString));
        return services;
    }
}
