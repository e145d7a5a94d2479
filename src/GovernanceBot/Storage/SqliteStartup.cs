namespace GovernanceBot.Storage;

/// <summary>
/// Checked before the host starts (<c>StartupFailure.ValidateConfiguration</c>): storage laid out by a newer build stops
/// the app with one line and exit code 2 instead of failing turns.
/// </summary>
public interface IStorageLayoutCheck
{
    /// <exception cref="StorageLayoutException">The stored layout is newer than this build's.</exception>
    Task CheckAsync(CancellationToken cancellationToken);
}

/// <summary>Opens the SQLite database before the app starts, so its migrations run before the first turn.</summary>
public sealed class SqliteStartup(SqliteDatabase database) : IStorageLayoutCheck
{
    public Task CheckAsync(CancellationToken cancellationToken)
    {
        database.Open().Dispose();
        return Task.CompletedTask;
    }
}
