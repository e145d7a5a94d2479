using GovernanceBot.Tests.Support.Playground;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Playground;

/// <summary>
/// The real GovernanceBot app (local mode, a temporary data folder, the index built on start) on Kestrel at a free
/// loopback port, since node cannot reach an in-memory TestServer, and the real Agents Playground pointed at it.
/// A derived fixture may give the Playground other users and the app extra settings.
/// </summary>
public class TeamsBotAndPlayground : IAsyncLifetime
{
    private readonly string dataPath = Directory.CreateTempSubdirectory("governancebot-e2e-").FullName;
    private readonly string playgroundConfigFile;
    private readonly IReadOnlyDictionary<string, string> settings;
    private WebApplicationFactory<Program>? factory;
    private AgentsPlayground? playground;

    public TeamsBotAndPlayground()
        : this(AgentsPlayground.DefaultConfigFile, new Dictionary<string, string>())
    {
    }

    // xunit builds a fixture through its one public constructor.
    protected TeamsBotAndPlayground(string playgroundConfigFile, IReadOnlyDictionary<string, string> settings)
    {
        this.playgroundConfigFile = playgroundConfigFile;
        this.settings = settings;
    }

    public AgentsPlayground Playground => playground ?? throw new InvalidOperationException("Not started.");

    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            // appsettings.json asks for localhost:3978, which a developer's own bot may hold.
            host.UseSetting(WebHostDefaults.ServerUrlsKey, "http://127.0.0.1:0");
            host.UseSetting("Storage:DataPath", dataPath);
            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }
        });
        factory.UseKestrel();
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        playground = await AgentsPlayground.StartAsync(new Uri($"{address.TrimEnd('/')}/api/messages"), playgroundConfigFile);
    }

    public async Task DisposeAsync()
    {
        if (playground is not null)
        {
            await playground.DisposeAsync();
        }

        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        Directory.Delete(dataPath, recursive: true);
    }
}
