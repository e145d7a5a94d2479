using Microsoft.Extensions.Configuration;

namespace GovernanceBot.Telemetry;

/// <summary>
/// Where telemetry goes. Application Insights' own setting name, <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> (the one
/// App Service and the Azure Monitor distro use), at the top level; unset, nothing is exported.
/// </summary>
public sealed class TelemetryOptions
{
    public const string ConnectionStringKey = "APPLICATIONINSIGHTS_CONNECTION_STRING";

    [ConfigurationKeyName(ConnectionStringKey)]
    public string? ConnectionString { get; set; }

    public bool ExportsToAzureMonitor => !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>The distro throws deep inside start-up on a malformed string; this says which key is wrong first.</summary>
    public bool IsValid => !ExportsToAzureMonitor || ConnectionString!.Contains("InstrumentationKey=", StringComparison.OrdinalIgnoreCase);
}
