using Microsoft.Data.Sqlite;

namespace GovernanceBot.Storage;

/// <summary>
/// The app's one SQLite database in the data folder. Each feature brings its own schema as an <see cref="ISchema"/> of
/// numbered migrations; those not yet recorded in the database are applied when it is first opened, and a database
/// whose recorded version is newer than this build knows is refused (<see cref="StorageLayoutException"/>).
/// </summary>
public sealed class SqliteDatabase
{
    readonly string connectionString;
    readonly IReadOnlyList<ISchema> schemas;
    readonly string fileName;
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
        fileName = Path.GetFileName(databasePath);
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

    // Each feature's migrations run in order from the version recorded for it, each in one IMMEDIATE transaction with
    // its schema_versions row, so two processes opening one database together apply each migration once, and a crash
    // part-way leaves the last whole version recorded.
    bool CreateSchema()
    {
        using var connection = OpenRaw();
        using (var setup = connection.CreateCommand())
        {
            // Write-ahead logging lets readers carry on while one connection writes; the mode is kept in the file.
            setup.CommandText = """
                PRAGMA journal_mode=WAL;
                CREATE TABLE IF NOT EXISTS schema_versions (
                    component TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    applied_utc TEXT NOT NULL,
                    PRIMARY KEY (component, version));
                """;
            setup.ExecuteNonQuery();
        }

        foreach (var schema in schemas.DistinctBy(s => s.Component))
        {
            while (true)
            {
                using var transaction = connection.BeginTransaction(deferred: false);
                var current = RecordedVersion(connection, transaction, schema.Component);
                if (current > schema.Migrations.Count)
                {
                    throw new StorageLayoutException(
                        $"The database '{fileName}' has {schema.Component} schema version {current}, newer than this build's {schema.Migrations.Count}; deploy the newer build or point Storage:DataPath elsewhere.");
                }

                if (current == schema.Migrations.Count)
                {
                    break;
                }

                using var migrate = connection.CreateCommand();
                migrate.Transaction = transaction;
                migrate.CommandText = schema.Migrations[current] + """
                    ;
                    INSERT INTO schema_versions (component, version, applied_utc) VALUES ($component, $version, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
                    """;
                migrate.Parameters.AddWithValue("$component", schema.Component);
                migrate.Parameters.AddWithValue("$version", current + 1);
                migrate.ExecuteNonQuery();
                transaction.Commit();
            }
        }

        return true;
    }

    static int RecordedVersion(SqliteConnection connection, SqliteTransaction transaction, string component)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_versions WHERE component = $component";
        command.Parameters.AddWithValue("$component", component);
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}

/// <summary>
/// A feature's tables as numbered migrations: migration N takes <see cref="Component"/> from version N-1 to N, and
/// the versions applied are recorded in the database's <c>schema_versions</c> table. A released migration is never
/// edited; a change to the layout is the next migration.
/// </summary>
public interface ISchema
{
    /// <summary>The feature whose tables these are; its versions are counted apart from every other feature's.</summary>
    string Component { get; }

    IReadOnlyList<string> Migrations { get; }
}
