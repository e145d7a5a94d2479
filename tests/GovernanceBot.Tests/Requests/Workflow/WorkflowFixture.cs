using GovernanceBot.Audit;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Notifications;
using GovernanceBot.People;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;
using GovernanceBot.Storage;

using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Tests.Requests.Workflow;

/// <summary>The workflow over the shipped sample councils and a real SQLite file in a temporary folder.</summary>
sealed class WorkflowFixture : IDisposable
{
    public static readonly CouncilCatalog Catalog = CouncilCatalog.Load(Path.Combine(AppContext.BaseDirectory, "councils"));

    readonly string folder = Path.Combine(Path.GetTempPath(), "governancebot-tests", Guid.NewGuid().ToString("n"));

    public WorkflowFixture()
    {
        DatabasePath = Path.Combine(folder, "governancebot.db");
        Database = NewDatabase();
        Directory = FileCouncilDirectory.Load(Catalog);
        Rules = RoutingRules.Load(Catalog);
        Workflow = new RequestWorkflow(new SqliteRequestRecords(Database), Rules, new RouteResolver(Directory), new EscalationChain(Directory), Directory, Time, NullLogger<RequestWorkflow>.Instance);
        Outbox = new Outbox(new SqliteOutboxRecords(Database));
        Audit = new AuditLog(new SqliteAuditRecords(Database));
        Inbox = new LocalOutboxChannel(new SqliteInboxRecords(Database), Time);
    }

    public string DatabasePath { get; }

    public ManualTime Time { get; } = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public SqliteDatabase Database { get; }

    public FileCouncilDirectory Directory { get; }

    public RoutingRules Rules { get; }

    public RequestWorkflow Workflow { get; }

    public Outbox Outbox { get; }

    public AuditLog Audit { get; }

    public LocalOutboxChannel Inbox { get; }

    public NotificationOptions NotificationOptions { get; } = new() { LeaseSeconds = 60, FirstRetrySeconds = 10, MaxRetrySeconds = 600, MaxAttempts = 3 };

    /// <summary>A second handle on the same file, as a restarted process would open it.</summary>
    public SqliteDatabase NewDatabase() => new(DatabasePath, [new NotificationsSchema(), new AuditSchema(), new RequestsSchema()]);

    public NotificationDispatcher Dispatcher(INotificationChannel channel, SqliteDatabase? database = null) =>
        new(new SqliteOutboxRecords(database ?? Database), channel, Options.Create(NotificationOptions), Time, NullLogger<NotificationDispatcher>.Instance);

    public Person Person(string councilId, string id) => Directory.Council(councilId).ById(id) ?? throw new ArgumentException($"No {id} at {councilId}.");

    public string Aad(string councilId, string id) => Person(councilId, id).AadObjectId;

    public async Task<RoutedRequest> SubmitAsync(string councilId, string requesterId, RequestDetails details, string? preferredReceiverId = null)
    {
        var preferred = preferredReceiverId is null ? null : Aad(councilId, preferredReceiverId);
        var result = await Workflow.SubmitAsync(new Submission(councilId, details, preferred), Aad(councilId, requesterId), CancellationToken.None);
        Assert.Equal(SubmitOutcome.Submitted, result.Outcome);
        return result.Request!;
    }

    public Task<DecisionResult> DecideAsync(RoutedRequest request, string councilId, string actorId, Decision decision, string? reason = null) =>
        Workflow.DecideAsync(new DecisionCommand(request.PublicId, request.Version, decision, reason), Aad(councilId, actorId), CancellationToken.None);

    /// <summary>Recipients (directory ids) of the outbox rows of one kind for a request.</summary>
    public async Task<string[]> RecipientsAsync(RoutedRequest request, string councilId, string kind)
    {
        var people = Directory.Council(councilId);
        return (await Outbox.ForReferenceAsync(request.Reference, CancellationToken.None))
            .Where(m => m.Message.Kind == kind)
            .Select(m => people.ByAadObjectId(m.RecipientAadObjectId)?.Id ?? m.RecipientAadObjectId)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }
}

/// <summary>A clock the test moves by hand.</summary>
sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
