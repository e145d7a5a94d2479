using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.Storage;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Tests.Storage;

/// <summary>A fresh data folder per test, and databases opened on it the way the app opens them.</summary>
public sealed class TempDataFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("governancebot-storage-").FullName;

    public string DatabasePath => new StorageOptions { DataPath = Path }.DatabasePath;

    public SqliteDatabase OpenDatabase() => new(DatabasePath,
    [
        new StateSchema(), new ConversationReferenceSchema(), new FeedbackSchema(), new GovernanceBot.Channel.AnswerMemorySchema(),
        new NotificationsSchema(), new SentNotificationsSchema(), new AuditSchema(), new GovernanceBot.Requests.Workflow.RequestsSchema(),
    ]);

    /// <summary>Drops pooled connections so the next database really opens the file again, as after a restart.</summary>
    public SqliteDatabase Reopen()
    {
        SqliteConnection.ClearAllPools();
        return OpenDatabase();
    }

    /// <summary>
    /// Deletes the folder. A host whose startup failed (a test of a startup check) cancels its background indexing but
    /// does not wait for it, so a vector file may still be landing for a moment: the delete is tried again for up to
    /// two seconds before the failure is reported.
    /// </summary>
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(Path, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(100);
            }
        }
    }
}
