namespace GovernanceBot.BotFramework;

/// <summary>How the bot's Entra identity is registered (configuration key <c>MicrosoftAppType</c>).</summary>
public enum BotAppType
{
    /// <summary>Legacy: Azure accepts no new multi-tenant bots since 31 July 2025.</summary>
    MultiTenant,
    SingleTenant,
    UserAssignedMSI,
}

internal static class BotAppTypes
{
    /// <summary>A named app type, any case; numbers are refused, which <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> alone would accept.</summary>
    public static bool TryParse(string? text, out BotAppType type) =>
        Enum.TryParse(text, ignoreCase: true, out type) && Enum.GetNames<BotAppType>().Contains(text!.Trim(), StringComparer.OrdinalIgnoreCase);
}
