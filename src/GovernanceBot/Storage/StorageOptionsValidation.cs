using Microsoft.Extensions.Options;

namespace GovernanceBot.Storage;

/// <summary>
/// Fails start-up when the data folder cannot be created or written, naming the setting to fix, instead of
/// letting the first turn fail on a read-only disk.
/// </summary>
public sealed class StorageOptionsValidation : IValidateOptions<StorageOptions>
{
    const string Setting = $"{StorageOptions.Section}:{nameof(StorageOptions.DataPath)}";

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.DataPath))
        {
            return ValidateOptionsResult.Fail($"{Setting} is empty; set it to a writable folder.");
        }

        try
        {
            Directory.CreateDirectory(options.DataPath);
            var probe = Path.Combine(options.DataPath, $".write-probe-{Guid.NewGuid():N}");
            File.WriteAllText(probe, "");
            File.Delete(probe);
            return ValidateOptionsResult.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ValidateOptionsResult.Fail($"{Setting} '{options.DataPath}' cannot be created or written: {exception.Message}");
        }
    }
}
