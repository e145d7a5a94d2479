using System.Globalization;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage;

/// <summary>Conversation references in the <c>conversation_user_references</c> table of the app's SQLite database.</summary>
public sealed class SqliteConversationReferenceRecords(SqliteDatabase database) : IConversationReferenceRecords
{
    const string Columns = ConversationReferenceSchema.Columns;

    public async Task UpsertAsync(StoredConversationReference reference, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        // MAX keeps last_seen_utc from going backwards when two turns of one conversation finish out of order;
        // the timestamps are all UTC in the same round-trip format, so they compare as text.
        command.CommandText = $"""
            INSERT INTO {ConversationReferenceSchema.Table} ({Columns})
            VALUES (@aad, @user, @conversation, @type, @serviceUrl, @channel, @tenant, @bot, @botName, @lastSeen, @dead)
            ON CONFLICT (conversation_id, user_aad_object_id) DO UPDATE SET
                user_id = excluded.user_id, conversation_type = excluded.conversation_type, service_url = excluded.service_url,
                channel_id = excluded.channel_id, tenant_id = excluded.tenant_id, bot_id = excluded.bot_id,
                bot_name = excluded.bot_name, last_seen_utc = MAX(last_seen_utc, excluded.last_seen_utc), dead = excluded.dead
            """;
        command.Parameters.AddWithValue("@aad", reference.UserAadObjectId);
        command.Parameters.AddWithValue("@user", reference.UserId);
        command.Parameters.AddWithValue("@conversation", reference.ConversationId);
        command.Parameters.AddWithValue("@type", reference.ConversationType);
        command.Parameters.AddWithValue("@serviceUrl", reference.ServiceUrl);
        command.Parameters.AddWithValue("@channel", reference.ChannelId);
        command.Parameters.AddWithValue("@tenant", reference.TenantId);
        command.Parameters.AddWithValue("@bot", reference.BotId);
        command.Parameters.AddWithValue("@botName", (object?)reference.BotName ?? DBNull.Value);
        command.Parameters.AddWithValue("@lastSeen", Utc(reference.LastSeenUtc));
        command.Parameters.AddWithValue("@dead", reference.Dead);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The reference of whoever was last seen in the conversation, if any.</summary>
    public async Task<StoredConversationReference?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        (await QueryAsync("WHERE conversation_id = @id ORDER BY last_seen_utc DESC LIMIT 1", "@id", conversationId, cancellationToken)).SingleOrDefault();

    /// <summary>The user's most recently active one-to-one chat with the bot that is not dead, if any.</summary>
    public async Task<StoredConversationReference?> FindPersonalAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        (await QueryAsync(
            $"WHERE user_aad_object_id = @id AND conversation_type = '{StoredConversationReference.Personal}' AND dead = 0 ORDER BY last_seen_utc DESC LIMIT 1",
            "@id",
            userAadObjectId,
            cancellationToken)).SingleOrDefault();

    /// <summary>Every live conversation the user was last seen in (personal, group chat or team), most recent first.</summary>
    public Task<IReadOnlyList<StoredConversationReference>> ForUserAsync(string userAadObjectId, CancellationToken cancellationToken) =>
        QueryAsync("WHERE user_aad_object_id = @id AND dead = 0 ORDER BY last_seen_utc DESC", "@id", userAadObjectId, cancellationToken);

    /// <summary>Marks the conversation dead for everyone in it; returns false when no reference to it is stored.</summary>
    public async Task<bool> MarkDeadAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"UPDATE {ConversationReferenceSchema.Table} SET dead = 1 WHERE conversation_id = @id";
        command.Parameters.AddWithValue("@id", conversationId);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    /// <summary>Every stored reference, dead ones included, most recently seen first.</summary>
    public Task<IReadOnlyList<StoredConversationReference>> ListAsync(CancellationToken cancellationToken) =>
        QueryAsync("ORDER BY last_seen_utc DESC", null, null, cancellationToken);

    async Task<IReadOnlyList<StoredConversationReference>> QueryAsync(string where, string? parameter, string? value, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM {ConversationReferenceSchema.Table} {where}";
        if (parameter is not null)
        {
            command.Parameters.AddWithValue(parameter, value);
        }

        var references = new List<StoredConversationReference>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            references.Add(Read(reader));
        }

        return references;
    }

    static StoredConversationReference Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.GetString(6),
        reader.GetString(7),
        reader.IsDBNull(8) ? null : reader.GetString(8),
        DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
        reader.GetBoolean(10));

    static string Utc(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}

/// <summary>
/// The <c>conversation_user_references</c> table, keyed by conversation and user. AAD object ids compare
/// case-insensitively: they are GUIDs, whose case carries no meaning. It replaces <c>conversation_references</c>, which
/// kept one row per conversation (so a group chat remembered only its last speaker): a database that still has that
/// table gets its rows copied over once and the table dropped, in one transaction so two hosts starting together agree.
/// </summary>
public sealed class ConversationReferenceSchema : ISchema
{
    public const string Table = "conversation_user_references";

    internal const string Columns =
        "user_aad_object_id, user_id, conversation_id, conversation_type, service_url, channel_id, tenant_id, bot_id, bot_name, last_seen_utc, dead";

    public string Component => "conversation-references";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the layout of the releases before versioning, which created it with IF NOT EXISTS on every start; the
        // same statements adopt such a database as version 1 without touching its rows.
        $"""
        CREATE TABLE IF NOT EXISTS {Table} (
            conversation_id TEXT NOT NULL,
            user_aad_object_id TEXT NOT NULL COLLATE NOCASE,
            user_id TEXT NOT NULL,
            conversation_type TEXT NOT NULL,
            service_url TEXT NOT NULL,
            channel_id TEXT NOT NULL,
            tenant_id TEXT NOT NULL,
            bot_id TEXT NOT NULL,
            bot_name TEXT,
            last_seen_utc TEXT NOT NULL,
            dead INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (conversation_id, user_aad_object_id)
        );
        CREATE INDEX IF NOT EXISTS conversation_user_references_by_user
            ON {Table} (user_aad_object_id, conversation_type, dead, last_seen_utc);
        CREATE TABLE IF NOT EXISTS conversation_references (
            conversation_id TEXT PRIMARY KEY, user_aad_object_id TEXT NOT NULL, user_id TEXT NOT NULL, conversation_type TEXT NOT NULL,
            service_url TEXT NOT NULL, channel_id TEXT NOT NULL, tenant_id TEXT NOT NULL, bot_id TEXT NOT NULL, bot_name TEXT,
            last_seen_utc TEXT NOT NULL, dead INTEGER NOT NULL DEFAULT 0);
        INSERT OR IGNORE INTO {Table} ({Columns}) SELECT {Columns} FROM conversation_references;
        DROP TABLE conversation_references;
        """,
    ];
}
