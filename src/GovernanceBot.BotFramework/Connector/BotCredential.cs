using Azure.Core;
using Azure.Identity;

namespace GovernanceBot.BotFramework;

/// <summary>The Entra credential the bot calls the connector with; none in local mode.</summary>
public sealed record BotCredential(TokenCredential? Credential)
{
    public static BotCredential From(BotFrameworkOptions options)
    {
        if (options.IsLocalMode)
        {
            return new BotCredential(Credential: null);
        }

        var appId = options.MicrosoftAppId!;
        if (options.AppType == BotAppType.UserAssignedMSI)
        {
            return new BotCredential(new ManagedIdentityCredential(ManagedIdentityId.FromUserAssignedClientId(appId)));
        }

        // Legacy multi-tenant bots authenticate against the botframework.com tenant.
        var tenant = options.AppType == BotAppType.SingleTenant || !string.IsNullOrWhiteSpace(options.MicrosoftAppTenantId)
            ? options.MicrosoftAppTenantId!
            : "botframework.com";
        return string.IsNullOrWhiteSpace(options.MicrosoftAppCertificatePath)
            ? new BotCredential(new ClientSecretCredential(tenant, appId, options.MicrosoftAppPassword))
            : new BotCredential(new ClientCertificateCredential(tenant, appId, options.MicrosoftAppCertificatePath));
    }
}
