namespace GovernanceBot.Storage;

/// <summary>
/// The stored layout (a SQLite schema or an Azure table) was written by a newer build than this one. Running on would
/// mean reading rows whose meaning this build does not know, so the app refuses to start with this one line.
/// </summary>
public sealed class StorageLayoutException(string message) : Exception(message);
