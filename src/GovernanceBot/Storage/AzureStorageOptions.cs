namespace GovernanceBot.Storage;

/// <summary>
/// <c>Storage:Azure</c>: where the shared state lives when the app runs as more than one instance. Either a connection
/// string (Azurite, or an account with shared keys) or the account's table and blob endpoints, reached with the managed
/// identity (<c>DefaultAzureCredential</c>; a user-assigned identity is picked by <c>AZURE_CLIENT_ID</c>).
/// </summary>
public sealed class AzureStorageOptions
{
    public string? ConnectionString { get; set; }

    public string? TableEndpoint { get; set; }

    public string? BlobEndpoint { get; set; }

    /// <summary>
    /// Starts every table and container name, so several bots (or test runs) can share one account without meeting.
    /// Letters and digits only: table names allow nothing else.
    /// </summary>
    public string NamePrefix { get; set; } = "governancebot";

    public bool IsConfigured =>
        !string.IsNullOrWhiteSpace(ConnectionString) || !string.IsNullOrWhiteSpace(TableEndpoint) || !string.IsNullOrWhiteSpace(BlobEndpoint);
}
