namespace GovernanceBot.Storage;

/// <summary>
/// Opens the account's tables and containers before the app starts, so a layout written by a newer build stops this
/// one at once (one line, exit code 2) rather than at its first turn. Storage that cannot be reached yet is only logged:
/// each store opens its table again on first use, and App Service may start the app before the network is ready.
/// </summary>
public sealed partial class AzureStorageStartup(AzureStorageAccount account, IEnumerable<AzureLayout> layouts, ILogger<AzureStorageStartup> logger) : IStorageLayoutCheck
{
    public async Task CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var layout in layouts)
            {
                if (layout.IsContainer)
                {
                    await account.ContainerAsync(layout, cancellationToken);
                }
                else
                {
                    await account.TableAsync(layout, cancellationToken);
                }
            }
        }
        catch (Exception e) when (e is not (StorageLayoutException or OperationCanceledException))
        {
            LogUnreachable(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Azure Storage could not be opened at start-up ({Error}); each store tries again on first use")]
    static partial void LogUnreachable(ILogger logger, string error);
}
