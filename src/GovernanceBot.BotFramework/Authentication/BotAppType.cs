namespace GovernanceBot.BotFramework;

/// <summary>How the bot's Entra identity is registered (configuration key <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>Legacy: Azure accepts no new multi-tenant bots since 31 July 2025.</summary>
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}
