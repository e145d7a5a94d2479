namespace GovernanceBot.Councils;

/// <summary>Which council each Teams tenant belongs to, and the council local mode starts on.</summary>
public sealed class CouncilOptions
{
    public const string Section = "Councils";

    /// <summary>The council in local mode until the user picks another with <c>council &lt;id&gt;</c>.</summary>
    public string Default { get; set; } = "derby";

    /// <summary>Tenant id → council id, e.g. <c>Councils:Tenants:{tenantId} = derby</c>.</summary>
    public Dictionary<string, string> Tenants { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
