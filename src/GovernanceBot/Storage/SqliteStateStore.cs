using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage;

/// <summary>
/// <see cref="IStateStore"/> in the app's SQLite database. Every write mints a fresh ETag; a conditional write is a
/// single <c>UPDATE … WHERE etag = @etag</c> whose row count decides the race, so two writers holding the same
/// ETag can never both succeed.
/// </summary>
public sealed class SqliteStateStore(SqliteDatabase database, TimeProvider clock) : IStateStore
{
    public async Task<IReadOnlyDictionary<string, StateItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var found = new Dictionary<string, StateItem>(StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return found;
        }

        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        var names = keys.Select((key, i) =>
        {
            command.Parameters.AddWithValue($"@k{i}", key);
            return $"@k{i}";
        }).ToList();
        command.CommandText = $"SELECT key, value, etag FROM state WHERE key IN ({string.Join(", ", names)})";

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            using var document = JsonDocument.Parse(reader.GetString(1));
            var key = reader.GetString(0);
            found[key] = new StateItem(key, document.RootElement.Clone(), reader.GetString(2));
        }

        return found;
    }

    public async Task<StateItem> WriteAsync(StateItem item, CancellationToken cancellationToken)
    {
        var etag = Guid.NewGuid().ToString("N");
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = item.IsUnconditional
            ? """
              INSERT INTO state (key, value, etag, updated_utc) VALUES (@key, @value, @newEtag, @now)
              ON CONFLICT (key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_utc = excluded.updated_utc
              """
            : "UPDATE state SET value = @value, etag = @newEtag, updated_utc = @now WHERE key = @key AND etag = @etag";
        command.Parameters.AddWithValue("@key", item.Key);
        command.Parameters.AddWithValue("@value", item.Value.GetRawText());
        command.Parameters.AddWithValue("@newEtag", etag);
        command.Parameters.AddWithValue("@now", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("@etag", (object?)item.ETag ?? DBNull.Value);
        if (await command.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            throw new StateConflictException(item.Key);
        }

        return item with { ETag = etag };
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var key in keys)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM state WHERE key = @key";
            command.Parameters.AddWithValue("@key", key);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>The <c>state</c> table behind <see cref="SqliteStateStore"/>.</summary>
public sealed class StateSchema : ISchema
{
    public string Component => "state";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the layout of the releases before versioning, which created it with IF NOT EXISTS on every start; the
        // same statements adopt such a database as version 1 without touching its rows.
        """
        CREATE TABLE IF NOT EXISTS state (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            etag TEXT NOT NULL,
            updated_utc TEXT NOT NULL
        );
        """,
    ];
}
