using System.Text.Json.Nodes;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Infra;

/// <summary>The app settings infra/main.bicep gives the web app under one combination of its switches, and its plan.</summary>
public sealed record WebAppSettings(string Combination, IReadOnlyList<(string Name, string Value)> Settings, string PlanSku, int PlanInstances);

/// <summary>
/// Evaluates infra/main.bicep for every combination of its bool parameters with <c>bicep snapshot</c>, which computes
/// the deployment offline (names, conditions, loops, literal values; references to resources not yet created stay as
/// <c>[reference(...)]</c> expressions), and keeps the web app's settings from each. Every snapshot asks for
/// <see cref="Instances"/> instances, to show the plan scales out.
/// </summary>
public sealed class DeploymentSnapshots : IAsyncLifetime
{
    public const string TenantId = "7d3c1b2a-0000-4000-8000-00000000aaaa";
    public const int Instances = 2;
    const string SubscriptionId = "5a5a5a5a-0000-4000-8000-00000000bbbb";

    readonly string folder = Directory.CreateTempSubdirectory("governancebot-snapshots-").FullName;

    public IReadOnlyList<WebAppSettings> Combinations { get; private set; } = [];

    public async Task InitializeAsync()
    {
        var build = await BicepCli.RunAsync("build", RepositoryRoot.Combine("infra", "main.bicep"), "--stdout");
        Assert.True(build.ExitCode == 0, build.ToString());
        var switches = JsonNode.Parse(build.Output)!["parameters"]!.AsObject()
            .Where(parameter => parameter.Value!["type"]!.GetValue<string>() == "bool").Select(parameter => parameter.Key).ToList();
        var combinations = Enumerable.Range(0, 1 << switches.Count)
            .Select(bits => switches.Select((name, i) => (name, On: (bits & (1 << i)) != 0)).ToList());
        Combinations = await Task.WhenAll(combinations.Select(SnapshotAsync));
    }

    public Task DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return Task.CompletedTask;
    }

    async Task<WebAppSettings> SnapshotAsync(List<(string Name, bool On)> switches)
    {
        var label = string.Join(", ", switches.Select(s => $"{s.Name}={(s.On ? "true" : "false")}"));
        var file = Path.Combine(folder, $"{string.Concat(switches.Select(s => s.On ? '1' : '0'))}.bicepparam");
        // A .bicepparam names its template by a relative path.
        var template = Path.GetRelativePath(folder, RepositoryRoot.Combine("infra", "main.bicep")).Replace('\\', '/');
        await File.WriteAllLinesAsync(file,
        [
            $"using '{template}'",
            "param environmentName = 'agreement'",
            "param location = 'uksouth'",
            $"param appServiceInstances = {Instances}",
            .. switches.Select(s => $"param {s.Name} = {(s.On ? "true" : "false")}"),
        ]);
        var result = await BicepCli.RunAsync("snapshot", file, "--mode", "overwrite",
            "--subscription-id", SubscriptionId, "--tenant-id", TenantId, "--location", "uksouth");
        Assert.True(result.ExitCode == 0, $"{label}: {result}");

        var snapshot = JsonNode.Parse(await File.ReadAllTextAsync(Path.ChangeExtension(file, ".snapshot.json")))!;
        var site = Assert.Single(snapshot["predictedResources"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "Microsoft.Web/sites")!;
        var settings = site["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
            .Select(setting => (setting!["name"]!.GetValue<string>(), setting["value"]!.GetValue<string>())).ToList();
        var plan = Assert.Single(snapshot["predictedResources"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "Microsoft.Web/serverfarms")!;
        return new WebAppSettings(label, settings, plan["sku"]!["name"]!.GetValue<string>(), plan["sku"]!["capacity"]!.GetValue<int>());
    }
}
