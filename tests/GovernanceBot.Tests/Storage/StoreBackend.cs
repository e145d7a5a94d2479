using GovernanceBot.Audit;
using GovernanceBot.Channel;
using GovernanceBot.Notifications;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Storage;

/// <summary>Every store over one backend's storage, as one app instance opens them.</summary>
public sealed record Stores(
    IStateStore State,
    IConversationReferenceRecords References,
    IFeedbackRecords Feedback,
    IAnswerRecords Answers,
    ISentKeyRecords SentKeys,
    IInboxRecords Inbox,
    IOutboxRecords Outbox,
    IAuditRecords Audit,
    IRequestRecords Requests);

/// <summary>
/// The storage a store contract runs on. <see cref="OpenAsync"/> opens the stores again over the same storage, as a
/// restarted app or a second instance does; nothing is shared between two openings but what was stored.
/// </summary>
public abstract class StoreBackend : IAsyncDisposable
{
    public abstract Task<Stores> OpenAsync();

    public abstract ValueTask DisposeAsync();
}

/// <summary>The SQLite database in a temporary data folder, every feature's schema applied.</summary>
public sealed class SqliteBackend : StoreBackend
{
    readonly TempDataFolder folder = new();

    public string DatabasePath => folder.DatabasePath;

    public override Task<Stores> OpenAsync()
    {
        var database = folder.Reopen();
        return Task.FromResult(new Stores(
            new SqliteStateStore(database, TimeProvider.System),
            new SqliteConversationReferenceRecords(database),
            new SqliteFeedbackRecords(database),
            new SqliteAnswerRecords(database),
            new SqliteSentKeyRecords(database),
            new SqliteInboxRecords(database),
            new SqliteOutboxRecords(database),
            new SqliteAuditRecords(database),
            new SqliteRequestRecords(database)));
    }

    public override ValueTask DisposeAsync()
    {
        folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

/// <summary>Azure Storage in Azurite, under a table and container prefix of this backend's own.</summary>
public sealed class AzuriteBackend(string prefix) : StoreBackend
{
    public AzuriteBackend()
        : this(Azurite.FreshPrefix())
    {
    }

    public string Prefix { get; } = prefix;

    public override async Task<Stores> OpenAsync()
    {
        var account = new AzureStorageAccount(new AzureStorageOptions { ConnectionString = await Azurite.ConnectionStringAsync(), NamePrefix = Prefix });
        return new Stores(
            new BlobStateStore(account),
            new TableConversationReferenceRecords(account),
            new TableFeedbackRecords(account),
            new TableAnswerRecords(account, TimeProvider.System),
            new TableSentKeyRecords(account),
            new TableInboxRecords(account),
            new TableOutboxRecords(account),
            new TableAuditRecords(account),
            new TableRequestRecords(account));
    }

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>A contract test class: the backend, and the stores opened on it before each test.</summary>
public abstract class StoreContract(StoreBackend backend) : IAsyncLifetime
{
    protected StoreBackend Backend { get; } = backend;

    protected Stores Stores { get; private set; } = null!;

    protected static CancellationToken None => CancellationToken.None;

    public async Task InitializeAsync() => Stores = await Backend.OpenAsync();

    public async Task DisposeAsync() => await Backend.DisposeAsync();
}
