using Microsoft.Data.Sqlite;

namespace GovernanceBot.Drain;

/// <summary>A temporary data folder, deleted afterwards.</summary>
sealed class DataFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("governancebot-drain-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(Path, recursive: true);
    }
}
