using Azure.Data.Tables;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Storage;

/// <summary>Table and container layouts are versioned like the SQLite schema: a newer layout stops an older build.</summary>
public sealed class AzureStorageLayoutTests
{
    [Fact]
    public async Task OpeningATableRecordsItsLayoutVersion()
    {
        var (options, tables) = await AccountAsync();

        await new AzureStorageAccount(options).TableAsync(TableFeedbackRecords.Layout, CancellationToken.None);

        var recorded = await tables.GetTableClient(options.NamePrefix + "layouts").GetEntityAsync<TableEntity>("table", "feedback");
        Assert.Equal(TableFeedbackRecords.Layout.Version, recorded.Value.GetInt32("Version"));
    }

    [Fact]
    public async Task ATableANewerBuildLaidOutIsRefusedInOneLineNamingTheTableAndVersions()
    {
        var (options, tables) = await AccountAsync();
        var layouts = tables.GetTableClient(options.NamePrefix + "layouts");
        await layouts.CreateIfNotExistsAsync();
        await layouts.AddEntityAsync(new TableEntity("table", "feedback") { ["Version"] = 7 });

        var refused = await Assert.ThrowsAsync<StorageLayoutException>(() =>
            new AzureStorageAccount(options).TableAsync(TableFeedbackRecords.Layout, CancellationToken.None));

        Assert.DoesNotContain('\n', refused.Message);
        Assert.Contains($"table '{options.NamePrefix}feedback' has layout version 7, newer than this build's 1", refused.Message);
    }

    static async Task<(AzureStorageOptions Options, TableServiceClient Tables)> AccountAsync()
    {
        var connectionString = await Azurite.ConnectionStringAsync();
        return (new AzureStorageOptions { ConnectionString = connectionString, NamePrefix = Azurite.FreshPrefix() }, new TableServiceClient(connectionString));
    }
}
