using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage;

/// <summary>
/// The app's one SQLite database in the data folder. Each feature brings its own schema as an
/// <see cref="ISchema"/>; all are applied (idempotently) when the database is first opened.
/// </summary>
public sealed class SqliteDatabase
{
    readonly string connectionString;
    readonly IReadOnlyList<ISchema> schemas;
    readonly Lazy<bool> created;

    public SqliteDatabase(string databasePath, IEnumerable<ISchema> schemas)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
        }.ToString();
        this.schemas = schemas.ToList();
        created = new Lazy<bool>(CreateSchema, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// Opens a connection with a busy timeout, the schema applied. Connections are private (not shared-cache): a
    /// shared cache turns lock waits into SQLITE_LOCKED, which the driver retries only after sleeping 150 ms, where a
    /// private connection waits in SQLite's own busy handler for just as long as the writer before it holds the lock.
    /// With write-ahead logging, <c>synchronous=NORMAL</c> syncs at checkpoints rather than at every commit (3.4 ms
    /// each on this machine's disk): a committed change survives the process dying, as the outbox needs, and the
    /// file is never corrupted, but the last commits can be lost if the whole machine loses power.
    /// </summary>
    public SqliteConnection Open()
    {
        _ = created.Value;
        return OpenRaw();
    }

    SqliteConnection OpenRaw()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    bool CreateSchema()
    {
        using var connection = OpenRaw();
        using (var journal = connection.CreateCommand())
        {
            // Write-ahead logging lets readers carry on while one connection writes; the mode is kept in the file.
            journal.CommandText = "PRAGMA journal_mode=WAL;";
            journal.ExecuteNonQuery();
        }

        foreach (var schema in schemas)
        {
            using var command = connection.CreateCommand();
            command.CommandText = schema.CreateSql;
            command.ExecuteNonQuery();
        }

        return true;
    }
}

/// <summary>A feature's tables, as idempotent SQL (<c>CREATE TABLE IF NOT EXISTS …</c>).</summary>
public interface ISchema
{
    string CreateSql { get; }
}
