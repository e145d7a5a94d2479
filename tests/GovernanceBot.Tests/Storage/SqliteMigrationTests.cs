using GovernanceBot.Audit;
using GovernanceBot.Channel;
using GovernanceBot.Notifications;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Hosting;
using GovernanceBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Tests.Storage;

public sealed class SqliteMigrationTests : IDisposable
{
    readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    static CancellationToken None => CancellationToken.None;

    static ISchema[] Schemas() =>
    [
        new StateSchema(), new ConversationReferenceSchema(), new FeedbackSchema(), new AnswerMemorySchema(),
        new NotificationsSchema(), new SentNotificationsSchema(), new AuditSchema(), new RequestsSchema(),
    ];

    SqliteDatabase Open()
    {
        SqliteConnection.ClearAllPools();
        return new SqliteDatabase(folder.DatabasePath, Schemas());
    }

    // The database main a3ebd6a left behind: its schema (created without versions) and rows it wrote.
    void CreateAsMainDid()
    {
        using var connection = new SqliteConnection($"Data Source={folder.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Storage", "Fixtures", "main-a3ebd6a.sql"));
        command.ExecuteNonQuery();
    }

    Dictionary<string, long> RecordedVersions(SqliteDatabase database)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT component, MAX(version), COUNT(*) FROM schema_versions GROUP BY component";
        using var reader = command.ExecuteReader();
        var versions = new Dictionary<string, long>();
        while (reader.Read())
        {
            Assert.Equal(reader.GetInt64(1), reader.GetInt64(2));
            versions[reader.GetString(0)] = reader.GetInt64(1);
        }

        return versions;
    }

    static Dictionary<string, long> Latest() => Schemas().ToDictionary(s => s.Component, s => (long)s.Migrations.Count);

    [Fact]
    public async Task ADatabaseMainCreatedIsUpgradedInPlaceKeepingEveryRow()
    {
        CreateAsMainDid();

        var database = Open();

        Assert.Equal(Latest(), RecordedVersions(database));
        var state = await new UserState(new SqliteStateStore(database, TimeProvider.System)).LoadAsync("msteams", "29:alex", None);
        Assert.Equal("lbe", state.Get<string>("council"));
        Assert.Equal("a:1", (await new SqliteConversationReferenceRecords(database).FindPersonalAsync("6F1C2A0E-1111-4A4A-9E9E-000000000001", None))?.ConversationId);
        Assert.Single(await new SqliteFeedbackRecords(database).ListAsync("derby", None));
        Assert.NotNull(await new SqliteAnswerRecords(database).FindAsync("msteams/a:1", "answer-1", DateTimeOffset.MinValue, None));
        Assert.Equal("DER-ATT-0001", Assert.Single(await new SqliteOutboxRecords(database).ListAsync(new OutboxQuery(Status: OutboxRow.Pending), None)).Reference);
        var request = await new SqliteRequestRecords(database).FindByReferenceAsync("DER-ATT-0001", None);
        var queued = Assert.Single(await new SqliteOutboxRecords(database).ForReferenceAsync("DER-ATT-0001", None));
        Assert.Equal(request!.PublicId, queued.Message.RequestId);
        Assert.True(await new SqliteSentKeyRecords(database).WasSentAsync("DER-ATT-0000:decision-needed:receiver-aad", "teams", None));
        Assert.Equal(AuditEvents.RequestSubmitted, Assert.Single(await new SqliteAuditRecords(database).ReadAsync("derby", None)).Event);
    }

    [Fact]
    public void OpeningAgainAppliesNothingTwice()
    {
        var first = RecordedVersions(Open());

        var again = RecordedVersions(Open());

        Assert.Equal(Latest(), first);
        Assert.Equal(first, again);
    }

    [Fact]
    public void TheAuditLogStaysAppendOnlyAfterTheUpgrade()
    {
        CreateAsMainDid();
        using var connection = Open().Open();
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM audit_log";

        Assert.Contains("append-only", Assert.Throws<SqliteException>(() => command.ExecuteNonQuery()).Message);
    }

    [Fact]
    public void ADatabaseANewerBuildMigratedIsRefusedInOneLineNamingTheComponentAndVersions()
    {
        _ = RecordedVersions(Open());
        using (var connection = new SqliteConnection($"Data Source={folder.DatabasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_versions (component, version, applied_utc) VALUES ('state', 99, '2030-01-01T00:00:00Z')";
            command.ExecuteNonQuery();
        }

        var refused = Assert.Throws<StorageLayoutException>(() => Open().Open());

        Assert.DoesNotContain('\n', refused.Message);
        Assert.Contains("state schema version 99, newer than this build's 1", refused.Message);
    }

    [Fact]
    public async Task TheAppRefusesToStartOnADatabaseFromANewerBuildWithOneLineAndExitCode2()
    {
        _ = RecordedVersions(Open());
        using (var connection = new SqliteConnection($"Data Source={folder.DatabasePath}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_versions (component, version, applied_utc) VALUES ('outbox-v9', 1, '2030-01-01T00:00:00Z'), ('audit', 7, '2030-01-01T00:00:00Z')";
            command.ExecuteNonQuery();
        }

        SqliteConnection.ClearAllPools();
        var result = await AppProcess.RunToExitAsync(AppSettings.With(folder, ("ASPNETCORE_URLS", $"http://127.0.0.1:{AppProcess.FreePort()}")));

        Assert.True(result.ExitCode == 2, result.ToString());
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith("Unsupported storage layout: ", line);
        Assert.Contains("audit schema version 7", line);
        Assert.DoesNotContain("   at ", result.Output + result.Error, StringComparison.Ordinal);
    }
}
