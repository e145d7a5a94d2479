namespace GovernanceBot.Storage;

/// <summary>
/// Where the app keeps its data: the Lucene index and the clause vectors (always on this instance's disk, under
/// <see cref="DataPath"/>) and the shared state, in the SQLite database beside them or, when <see cref="Azure"/> is
/// configured, in Azure Storage.
/// </summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The data folder; defaults to the user's local application data folder.</summary>
    public string DataPath { get; set; } = DefaultDataPath();

    public string DatabasePath => Path.Combine(DataPath, "governancebot.db");

    public string IndexPath => Path.Combine(DataPath, "index");

    /// <summary>The clause vectors, kept by the hash of the text embedded so unchanged clauses are never embedded again.</summary>
    public string VectorsPath => Path.Combine(DataPath, "vectors");

    /// <summary><c>Storage:Azure</c>: with a connection string or endpoints set, the shared state lives in Azure Storage and SQLite is not used.</summary>
    public AzureStorageOptions Azure { get; set; } = new();

    public static string DefaultDataPath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "GovernanceBot");
}
