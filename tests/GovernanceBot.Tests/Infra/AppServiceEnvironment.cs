using System.Text.RegularExpressions;

namespace GovernanceBot.Tests.Infra;

/// <summary>
/// Turns the infra's app settings into an environment to start the app with here: literal values as they are, a value
/// only known once Azure has created a resource (a <c>[reference(...)]</c> expression) as a stand-in of the same shape,
/// and App Service's /home share (and an absolute path under /tmp) as a temporary folder. Nothing in it reaches off this machine.
/// </summary>
static partial class AppServiceEnvironment
{
    public static Dictionary<string, string> From(WebAppSettings app, string home, string applicationInsights) =>
        app.Settings.ToDictionary(setting => setting.Name, setting => StandIn(setting.Name, setting.Value, home, applicationInsights), StringComparer.Ordinal);

    static string StandIn(string name, string value, string home, string applicationInsights)
    {
        if (!value.StartsWith('['))
        {
            return value.StartsWith("/home/", StringComparison.Ordinal) ? Path.Combine(home, value["/home/".Length..])
                : value.StartsWith("/tmp/", StringComparison.Ordinal) ? Path.Combine(home, "local", value["/tmp/".Length..])
                : value;
        }

        // Each identity reference gets its own id, so a test can tell which setting a value came from.
        return Property().Match(value).Groups["property"].Value switch
        {
            "clientId" or "principalId" => Guid.NewGuid().ToString(),
            "ConnectionString" => applicationInsights,
            // The account's endpoints, on loopback: without a managed identity here no token is ever issued, so nothing
            // is sent to them, and were it sent it would not leave the machine.
            "primaryEndpoints.table" => "https://127.0.0.1:1/agreement-table/",
            "primaryEndpoints.blob" => "https://127.0.0.1:1/agreement-blob/",
            var property => throw new InvalidOperationException(
                $"{name} = {value}: no stand-in for a reference to '{property}'; teach AppServiceEnvironment its shape."),
        };
    }

    [GeneratedRegex(@"\)\.(?<property>[A-Za-z.]+)\]$")]
    private static partial Regex Property();
}
