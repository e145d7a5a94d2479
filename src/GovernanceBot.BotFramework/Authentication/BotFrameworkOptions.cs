namespace GovernanceBot.BotFramework;

/// <summary>
/// The bot's Entra identity, from the top-level keys the Bot Framework SDK, Teams Toolkit and the Azure Bot docs use:
/// <c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>, <c>MicrosoftAppTenantId</c> (environment
/// variables of the same names). No app id means local mode.
/// </summary>
public sealed class BotFrameworkOptions
{
    /// <summary><c>SingleTenant</c>, <c>UserAssignedMSI</c> or <c>MultiTenant</c> (the default when empty, as in the SDKs).</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>A PEM or password-less PFX file, used instead of <see cref="MicrosoftAppPassword"/>.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public BotAppType AppType => BotAppTypes.TryParse(MicrosoftAppType, out var type) ? type : BotAppType.MultiTenant;
}
