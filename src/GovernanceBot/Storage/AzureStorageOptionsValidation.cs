using System.Text.RegularExpressions;

using Microsoft.Extensions.Options;

namespace GovernanceBot.Storage;

/// <summary>Refuses half a configuration at start-up (one endpoint without the other, a prefix no table may carry).</summary>
public sealed partial class AzureStorageOptionsValidation : IValidateOptions<StorageOptions>
{
    const string Section = $"{StorageOptions.Section}:Azure";

    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        var azure = options.Azure;
        if (!azure.IsConfigured)
        {
            return ValidateOptionsResult.Success;
        }

        if (string.IsNullOrWhiteSpace(azure.ConnectionString))
        {
            foreach (var (key, value) in new[] { ("TableEndpoint", azure.TableEndpoint), ("BlobEndpoint", azure.BlobEndpoint) })
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    return ValidateOptionsResult.Fail($"{Section}:{key} is empty; with managed identity both TableEndpoint and BlobEndpoint are needed (or set {Section}:ConnectionString).");
                }

                if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
                {
                    return ValidateOptionsResult.Fail($"{Section}:{key} '{value}' is not an absolute http(s) URL.");
                }
            }
        }

        return PrefixShape().IsMatch(azure.NamePrefix)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail($"{Section}:NamePrefix '{azure.NamePrefix}' must be 3 to 40 lower-case letters or digits, starting with a letter.");
    }

    [GeneratedRegex("^[a-z][a-z0-9]{2,39}$")]
    private static partial Regex PrefixShape();
}
