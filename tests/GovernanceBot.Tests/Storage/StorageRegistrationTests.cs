using GovernanceBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Tests.Storage;

public sealed class StorageRegistrationTests : IDisposable
{
    readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    static ServiceProvider Build(string dataPath, Action<IServiceCollection>? more = null, params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataPath"] = dataPath })
            .AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
            .Build();
        var services = new ServiceCollection().AddBotStorage(configuration);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    sealed class GroupRequestsSchema : ISchema
    {
        public string Component => "group-requests";

        public IReadOnlyList<string> Migrations { get; } = ["CREATE TABLE group_requests (id TEXT PRIMARY KEY);"];
    }

    [Fact]
    public void ADataPathThatCannotBeCreatedFailsStartupNamingTheSetting()
    {
        var file = Path.Combine(folder.Path, "a-file");
        File.WriteAllText(file, "");
        using var provider = Build(Path.Combine(file, "data"));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:DataPath", failure.Message);
    }

    [Fact]
    public void AWritableDataPathPassesStartupValidation()
    {
        using var provider = Build(Path.Combine(folder.Path, "data"));

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.True(Directory.Exists(Path.Combine(folder.Path, "data")));
    }

    [Fact]
    public async Task ASchemaAnotherFeatureRegistersIsCreatedBesideTheBotsTables()
    {
        using var provider = Build(folder.Path, services => services.AddSingleton<ISchema, GroupRequestsSchema>());

        await using var connection = provider.GetRequiredService<SqliteDatabase>().Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
        var tables = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            tables.Add(reader.GetString(0));
        }

        Assert.Equal(["conversation_user_references", "feedback", "group_requests", "schema_versions", "state"], tables);
    }

    [Fact]
    public async Task TheRegisteredStoresWriteToTheConfiguredFolder()
    {
        using (var provider = Build(folder.Path))
        {
            var state = provider.GetRequiredService<ConversationState>();
            var bag = await state.LoadAsync("msteams", "a:1", CancellationToken.None);
            bag.Set("seen", true);
            await state.SaveAsync(bag, CancellationToken.None);
        }

        var reopened = new SqliteStateStore(folder.Reopen(), TimeProvider.System);
        Assert.Contains("msteams/conversations/a:1", (await reopened.ReadAsync(["msteams/conversations/a:1"], CancellationToken.None)).Keys);
    }

    [Fact]
    public void WithAnAzureConnectionStringTheStoresAreAzureAndNoSqliteDatabaseIsRegistered()
    {
        using var provider = Build(folder.Path, settings: ("Storage:Azure:ConnectionString", "UseDevelopmentStorage=true"));

        Assert.IsType<BlobStateStore>(provider.GetRequiredService<IStateStore>());
        Assert.IsType<TableConversationReferenceRecords>(provider.GetRequiredService<IConversationReferenceRecords>());
        Assert.IsType<TableFeedbackRecords>(provider.GetRequiredService<IFeedbackRecords>());
        Assert.Null(provider.GetService<SqliteDatabase>());
        Assert.False(File.Exists(folder.DatabasePath));
    }

    [Fact]
    public void ATableEndpointWithoutABlobEndpointFailsStartupNamingTheMissingKey()
    {
        using var provider = Build(folder.Path, settings: ("Storage:Azure:TableEndpoint", "https://stexample.table.core.windows.net/"));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("Storage:Azure:BlobEndpoint is empty", failure.Message);
    }
}
