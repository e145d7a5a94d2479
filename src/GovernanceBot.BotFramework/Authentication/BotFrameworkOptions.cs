namespace GovernanceBot.BotFramework;

/// <summary>
/// The bot's identity and how inbound tokens are checked, bound from the <c>Bot</c> configuration section
/// (<c>Bot:MicrosoftAppId</c>, environment variable <c>Bot__MicrosoftAppId</c>). No app id means local mode.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "Bot";

    /// <summary><c>SingleTenant</c>, <c>UserAssignedMSI</c> or <c>MultiTenant</c> (the default when empty, as in the SDKs).</summary>
    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    /// <summary>A PEM or password-less PFX file, used instead of <see cref="MicrosoftAppPassword"/>.</summary>
    public string? MicrosoftAppCertificatePath { get; set; }

    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    public string ChannelMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Apps other than this bot whose Entra tokens (agents, skills) are accepted; <c>*</c> accepts any.</summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>Activities larger than this are refused with 413 before they are parsed.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;

    public bool IsLocalMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public BotAppType AppType =>
        Enum.TryParse<BotAppType>(MicrosoftAppType, ignoreCase: true, out var type) ? type : BotAppType.MultiTenant;
}
