using GovernanceBot.Storage;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Tests.Storage;

/// <summary>SQLite only: a database an earlier version wrote is carried over.</summary>
public sealed class SqliteConversationReferenceUpgradeTests : IDisposable
{
    const string Aad = "6f1c2a0e-1111-4a4a-9e9e-000000000001";

    static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    readonly TempDataFolder folder = new();

    public void Dispose() => folder.Dispose();

    static CancellationToken None => CancellationToken.None;

    static StoredConversationReference Reference(string conversationId, DateTimeOffset lastSeen, string type = StoredConversationReference.Personal) =>
        new(Aad, "29:user", conversationId, type, "https://smba.trafficmanager.net/uk/", "msteams", "tenant-1", "28:bot", "GovernanceBot", lastSeen, Dead: false);

    [Fact]
    public async Task ReferencesKeptOnePerConversationByAnEarlierVersionAreCarriedOver()
    {
        using (var earlier = new SqliteConnection($"Data Source={folder.DatabasePath}"))
        {
            earlier.Open();
            using var command = earlier.CreateCommand();
            command.CommandText = """
                CREATE TABLE conversation_references (
                    conversation_id TEXT PRIMARY KEY, user_aad_object_id TEXT NOT NULL COLLATE NOCASE, user_id TEXT NOT NULL,
                    conversation_type TEXT NOT NULL, service_url TEXT NOT NULL, channel_id TEXT NOT NULL, tenant_id TEXT NOT NULL,
                    bot_id TEXT NOT NULL, bot_name TEXT, last_seen_utc TEXT NOT NULL, dead INTEGER NOT NULL DEFAULT 0);
                INSERT INTO conversation_references VALUES
                    ('a:1', '6f1c2a0e-1111-4a4a-9e9e-000000000001', '29:user', 'personal', 'https://smba.trafficmanager.net/uk/',
                     'msteams', 'tenant-1', '28:bot', 'GovernanceBot', '2025-03-03T09:00:00.0000000+00:00', 0);
                """;
            command.ExecuteNonQuery();
        }

        var upgraded = new ConversationReferenceStore(new SqliteConversationReferenceRecords(folder.Reopen()));

        Assert.Equal(Reference("a:1", Monday), await upgraded.FindPersonalAsync(Aad, None));
        await upgraded.UpsertAsync(Reference("19:group@thread.v2", Monday, type: "groupChat"), None);
        Assert.Equal(2, (await new ConversationReferenceStore(new SqliteConversationReferenceRecords(folder.Reopen())).ListAsync(None)).Count);
    }
}
