using System.Net;
using GovernanceBot.Tests.Storage;
using GovernanceBot.Tests.Support;
using GovernanceBot.Tests.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace GovernanceBot.Tests.Infra;

/// <summary>
/// infra/main.bicep and the app agree: every setting the web app is given is one the app reads, and the app started with
/// exactly those settings, as App Service starts it, runs authenticated as the managed identity and is reachable.
/// </summary>
public sealed class InfraAppAgreementTests(DeploymentSnapshots snapshots) : IClassFixture<DeploymentSnapshots>
{
    // Keys the platform or a library reads, each documented by its owner; the app itself does not bind them.
    static readonly (string Key, string ReadBy)[] FrameworkKeys =
    [
        ("AZURE_CLIENT_ID", "Azure.Identity: DefaultAzureCredential's managed identity and workload identity use this client id"),
        ("SCM_*", "App Service's deployment engine (Kudu)"),
        ("WEBSITE_*", "App Service itself"),
        ("ASPNETCORE_*", "ASP.NET Core hosting"),
    ];

    [Fact]
    public void EverySwitchCombinationWasEvaluated()
    {
        Assert.Equal(4, snapshots.Combinations.Count);
        Assert.All(snapshots.Combinations, app => Assert.NotEmpty(app.Settings));
    }

    [Fact]
    public void ThePlanRunsTheInstancesAskedForOnASkuThatScalesOut()
    {
        Assert.All(snapshots.Combinations, app =>
        {
            Assert.Equal(DeploymentSnapshots.Instances, app.PlanInstances);
            Assert.Matches("^(B[1-3]|S[1-3]|P[0-3]v3)$", app.PlanSku);
        });
    }

    [Fact]
    public async Task EveryAppSettingTheInfraGivesIsBoundByTheAppOrReadByTheFramework()
    {
        foreach (var combination in snapshots.Combinations)
        {
            using var home = new TempDataFolder();
            var environment = AppServiceEnvironment.From(combination, home.Path, "InstrumentationKey=00000000-0000-4000-8000-000000000001;IngestionEndpoint=http://127.0.0.1:9/");
            var bound = await BindAsync(environment);

            var unread = environment
                .Where(setting => FrameworkKey(setting.Key) is null)
                .Where(setting => !bound.TryGetValue(setting.Key.Replace("__", ":", StringComparison.Ordinal), out var value)
                    || !string.Equals(value, setting.Value, StringComparison.OrdinalIgnoreCase))
                .Select(setting => setting.Key);
            Assert.True(!unread.Any(), $"{combination.Combination}: the app reads no {string.Join(", ", unread)}");
        }
    }

    [Fact]
    public async Task TheAppStartedWithExactlyTheInfrasSettingsRunsAuthenticatedAsTheManagedIdentityOnAppServicesPort()
    {
        var distinct = snapshots.Combinations.DistinctBy(c => string.Join(';', c.Settings.Select(s => s.Name)));
        foreach (var combination in distinct)
        {
            await using var ingestion = await FakeIngestion.StartAsync();
            using var home = new TempDataFolder();
            var port = AppProcess.FreePort();
            var environment = AppServiceEnvironment.From(combination, home.Path, ingestion.ConnectionString);
            // What App Service adds when it starts the app: the port its front end forwards to, and the site's name.
            environment["PORT"] = $"{port}";
            environment["WEBSITE_SITE_NAME"] = "app-agreement";
            // App Service's managed identity endpoint, here a loopback port nothing listens on: no token can be had.
            environment["IDENTITY_ENDPOINT"] = $"http://127.0.0.1:{AppProcess.FreePort()}/msi/token";
            environment["IDENTITY_HEADER"] = "agreement";
            await using var app = AppProcess.Start(environment);

            // 127.0.0.2 is loopback on Linux but not "localhost": answering there means listening on every interface.
            Assert.Equal("ok", await app.WaitUntilHealthyAsync(new Uri($"http://127.0.0.2:{port}")));
            Assert.Contains($"Authenticated mode: MicrosoftAppType UserAssignedMSI, MicrosoftAppId {environment["MicrosoftAppId"]}", app.Output, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            // Shapes refused before any signing key is fetched, so nothing leaves the machine.
            foreach (var authorization in new string?[] { null, "Bearer not-a-token", $"Bearer {UntrustedIssuerToken()}" })
            {
                using var response = await client.SendAsync(BotFramework.Support.Activities.Post(BotFramework.Support.Activities.Message(), authorization));
                Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{combination.Combination}, {authorization ?? "no token"}: {response.StatusCode}");
            }
        }
    }

    static string? FrameworkKey(string key) => FrameworkKeys
        .FirstOrDefault(known => known.Key.EndsWith('*') ? key.StartsWith(known.Key[..^1], StringComparison.Ordinal) : key == known.Key).ReadBy;

    static string UntrustedIssuerToken() => BotFramework.Support.SigningAuthority.UnsignedToken(new { iss = "https://issuer.example", aud = "anyone" });

    // The app's own composition (Program) with the settings as host configuration; hosted services are left out, so
    // nothing starts (no index, no dispatcher, no exporter) and only what the options classes bound is read back.
    static async Task<Dictionary<string, string>> BindAsync(Dictionary<string, string> environment)
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            foreach (var (name, value) in environment)
            {
                host.UseSetting(name.Replace("__", ":", StringComparison.Ordinal), value);
            }

            host.ConfigureTestServices(services => services.RemoveAll<IHostedService>());
        });
        return BoundSettings.Read(factory.Services);
    }
}
