using GovernanceBot.Tests.Storage;

namespace GovernanceBot.Tests.Hosting;

/// <summary>Environment for an app process: a data folder of its own and quiet logs, plus whatever the test adds.</summary>
static class AppSettings
{
    public static Dictionary<string, string> With(TempDataFolder data, params (string Name, string Value)[] settings)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Storage__DataPath"] = data.Path,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__GovernanceBot.BotFramework"] = "Information",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (name, value) in settings)
        {
            environment[name] = value;
        }

        return environment;
    }
}
