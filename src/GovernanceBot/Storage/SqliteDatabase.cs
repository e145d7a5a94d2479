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
            Cache = SqliteCacheMode.Shared,
            Pooling = true,
        }.ToString();
        this.schemas = schemas.ToList();
        created = new Lazy<bool>(CreateSchema, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Opens a connection with WAL journaling and a busy timeout, the schema applied.</summary>
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
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    bool CreateSchema()
    {
        using var connection = OpenRaw();
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
