namespace GovernanceBot.BotFramework;

/// <summary>The Entra issuers (v1 and v2 spellings) whose tokens may call the bot, mapped to their tenant.</summary>
internal static class EntraIssuers
{
    // Bot Service tenants: botframework.com ("Auth v3.1"), "Auth v3.2", and the Copilot/agents tenant.
    private static readonly string[] BotServiceTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    public static IReadOnlyDictionary<string, string> For(string? ownTenantId)
    {
        var tenants = string.IsNullOrWhiteSpace(ownTenantId) ? BotServiceTenants : [.. BotServiceTenants, ownTenantId];
        var issuers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var tenant in tenants)
        {
            issuers[$"https://sts.windows.net/{tenant}/"] = tenant;
            issuers[$"https://login.microsoftonline.com/{tenant}/v2.0"] = tenant;
        }

        return issuers;
    }
}
