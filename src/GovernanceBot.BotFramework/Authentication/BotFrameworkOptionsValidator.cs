using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework;

/// <summary>Refuses to start with an identity that cannot work, naming the configuration key to fix.</summary>
internal sealed class BotFrameworkOptionsValidator(IConfiguration configuration) : IValidateOptions<BotFrameworkOptions>
{
    // The names this app read before it followed the SDK. A deployment still setting them would start in local mode
    // without a word, which is the failure this check exists to prevent.
    private static readonly string[] RetiredKeys =
        ["MicrosoftAppType", "MicrosoftAppId", "MicrosoftAppPassword", "MicrosoftAppTenantId", "MicrosoftAppCertificatePath"];

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options)
    {
        var failures = Retired().Concat(Failures(options)).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private IEnumerable<string> Retired() =>
        from key in RetiredKeys
        where !string.IsNullOrEmpty(configuration[$"{InboundActivityOptions.SectionName}:{key}"])
        select $"{InboundActivityOptions.SectionName}:{key} is no longer read: set {key} (environment variable {key}) instead.";

    private static IEnumerable<string> Failures(BotFrameworkOptions options)
    {
        if (options.IsLocalMode)
        {
            // A secret without an app id is a half-done deployment; running anonymously would hide it.
            if (!string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) || !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath))
            {
                yield return "MicrosoftAppId is required when MicrosoftAppPassword or MicrosoftAppCertificatePath is set.";
            }

            yield break;
        }

        if (!string.IsNullOrWhiteSpace(options.MicrosoftAppType) && !BotAppTypes.TryParse(options.MicrosoftAppType, out _))
        {
            yield return $"MicrosoftAppType '{options.MicrosoftAppType}' is not one of SingleTenant, UserAssignedMSI, MultiTenant.";
            yield break;
        }

        var hasSecret = !string.IsNullOrWhiteSpace(options.MicrosoftAppPassword) || !string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath);
        var hasTenant = !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId);
        switch (options.AppType)
        {
            case BotAppType.SingleTenant:
                if (!hasSecret) yield return "MicrosoftAppPassword (or MicrosoftAppCertificatePath) is required for a SingleTenant bot.";
                if (!hasTenant) yield return "MicrosoftAppTenantId is required for a SingleTenant bot.";
                break;
            case BotAppType.UserAssignedMSI:
                if (!hasTenant) yield return "MicrosoftAppTenantId is required for a UserAssignedMSI bot.";
                if (hasSecret) yield return "MicrosoftAppPassword must not be set for a UserAssignedMSI bot.";
                break;
            default:
                if (!hasSecret) yield return "MicrosoftAppPassword (or MicrosoftAppCertificatePath) is required for a MultiTenant bot.";
                break;
        }
    }
}
