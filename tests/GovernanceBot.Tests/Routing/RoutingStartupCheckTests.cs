using System.Text.Json.Nodes;
using GovernanceBot.Routing;
using GovernanceBot.Tests.Storage;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovernanceBot.Tests.Routing;

/// <summary>The app's startup check of the routing rules against the real index, built from a councils folder on first start.</summary>
public sealed class RoutingStartupCheckTests : IDisposable
{
    readonly TempDataFolder data = new();
    readonly string councils = Directory.CreateTempSubdirectory("governancebot-councils-").FullName;

    public RoutingStartupCheckTests()
    {
        var shipped = Path.Combine(AppContext.BaseDirectory, "councils");
        foreach (var file in Directory.EnumerateFiles(shipped, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(councils, Path.GetRelativePath(shipped, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
    }

    public void Dispose()
    {
        data.Dispose();
        Directory.Delete(councils, recursive: true);
    }

    [Fact]
    public async Task RuleCitingAClauseThatIsNotInTheIndexedDocumentStopsTheAppNamingIt()
    {
        var routing = Path.Combine(councils, "rushcliffe", "routing.json");
        var rules = JsonNode.Parse(File.ReadAllText(routing))!;
        var clauses = rules["rules"]!["officer-attendance"]!["clauses"]!.AsArray();
        var document = (string)clauses[0]!["document"]!;
        clauses.Add(new JsonObject { ["document"] = document, ["paragraph"] = "99", ["quote"] = "officers shall attend every group meeting uninvited" });
        File.WriteAllText(routing, rules.ToJsonString());

        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync());

        var routingError = Assert.IsType<RoutingConfigurationException>(Flatten(error).First(e => e is RoutingConfigurationException));
        Assert.Contains($"council 'rushcliffe', flow 'officer-attendance': no clause of '{document}' (paragraph 99)", routingError.Message, StringComparison.Ordinal);
        Assert.Single(routingError.Message.Split('\n'), line => line.StartsWith(" - ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ShippedRulesPassTheCheckAgainstAFreshlyBuiltIndex() => await StartAsync();

    async Task StartAsync()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("Storage:DataPath", data.Path);
            host.UseSetting("Knowledge:CouncilsPath", councils);
        });
        using var client = factory.CreateClient();
        Assert.Equal("ok", await client.GetStringAsync("/healthz"));
    }

    static IEnumerable<Exception> Flatten(Exception error)
    {
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException aggregate)
            {
                foreach (var inner in aggregate.InnerExceptions.SelectMany(Flatten))
                {
                    yield return inner;
                }
            }
        }
    }
}
