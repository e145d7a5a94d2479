namespace GovernanceBot.Storage;

/// <summary>Where the app keeps its data: the Lucene index, the clause vectors and the SQLite database.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>The data folder; defaults to the user's local application data folder.</summary>
    public string DataPath { get; set; } = DefaultDataPath();

    public string DatabasePath => Path.Combine(DataPath, "governancebot.db");

    public string IndexPath => Path.Combine(DataPath, "index");

    /// <summary>The clause vectors, kept by the hash of the text embedded so unchanged clauses are never embedded again.</summary>
    public string VectorsPath => Path.Combine(DataPath, "vectors");

    public static string DefaultDataPath() =>
        Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "GovernanceBot");
}
