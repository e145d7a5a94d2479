using GovernanceBot.BotFramework;
using GovernanceBot.Channel;
using GovernanceBot.Councils;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Tests.Channel;

public sealed class CouncilResolverTests : IDisposable
{
    readonly TempDataFolder folder = new();
    readonly UserState users;
    readonly CouncilOptions councils;

    public CouncilResolverTests()
    {
        users = new UserState(new SqliteStateStore(folder.OpenDatabase(), TimeProvider.System));
        councils = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Councils:Default"] = "lbe",
                ["Councils:Tenants:AAAA-Derby-Tenant"] = "derby",
            })
            .Build()
            .GetSection(CouncilOptions.Section)
            .Get<CouncilOptions>()!;
    }

    public void Dispose() => folder.Dispose();

    CouncilResolver Resolver(string? appId) =>
        new(Options.Create(councils), Options.Create(new BotFrameworkOptions { MicrosoftAppId = appId }), users);

    static Activity From(string tenant) => new()
    {
        ChannelId = "msteams",
        From = new ChannelAccount { Id = "29:user" },
        Conversation = new ConversationAccount { Id = "a:chat", TenantId = tenant },
    };

    [Fact]
    public async Task DeployedBotFindsTheCouncilOfTheTenantWhateverItsCase()
    {
        Assert.Equal("derby", await Resolver("app-id").ResolveAsync(From("aaaa-derby-tenant"), CancellationToken.None));
    }

    [Fact]
    public async Task DeployedBotFindsNoCouncilForAnUnmappedTenant()
    {
        Assert.Null(await Resolver("app-id").ResolveAsync(From("some-other-tenant"), CancellationToken.None));
        Assert.False(Resolver("app-id").CanSwitch);
    }

    [Fact]
    public async Task LocalModeUsesTheDefaultUntilTheUserChoosesAnother()
    {
        var resolver = Resolver(appId: null);
        var activity = From("local-tenant");

        var before = await resolver.ResolveAsync(activity, CancellationToken.None);
        await resolver.ChooseAsync(activity, "rushcliffe", CancellationToken.None);

        Assert.Equal("lbe", before);
        Assert.Equal("rushcliffe", await resolver.ResolveAsync(activity, CancellationToken.None));
    }
}
