namespace GovernanceBot.BotFramework;

/// <summary>
/// How inbound activities are checked, bound from the <c>Bot</c> section: where the signing keys are published, which
/// other apps may call, and the largest activity read. The defaults are the public cloud's.
/// </summary>
public sealed class InboundActivityOptions
{
    public const string SectionName = "Bot";

    public string ChannelIssuer { get; set; } = "https://api.botframework.com";

    public string ChannelMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    public string EntraMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Apps other than this bot whose Entra tokens (agents, skills) are accepted; <c>*</c> accepts any.</summary>
    public List<string> AllowedCallers { get; set; } = [];

    /// <summary>Activities larger than this are refused with 413 before they are parsed.</summary>
    public int MaxActivityBytes { get; set; } = 256 * 1024;
}
