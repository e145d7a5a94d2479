using System.ComponentModel.DataAnnotations;

namespace GovernanceBot.People;

/// <summary>
/// Microsoft Graph access. Off by default: the app works from the configured directories alone.
/// With <see cref="ClientSecret"/> the app signs in as a confidential client; without it, through the
/// Azure credential chain (managed identity in Azure, the developer's sign-in locally).
/// </summary>
public sealed class GraphOptions : IValidatableObject
{
    public const string Section = "Graph";

    public bool Enabled { get; set; }

    public string? TenantId { get; set; }

    public string? ClientId { get; set; }

    public string? ClientSecret { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && (string.IsNullOrWhiteSpace(TenantId) || string.IsNullOrWhiteSpace(ClientId)))
        {
            yield return new ValidationResult("Graph:Enabled needs Graph:TenantId and Graph:ClientId.", [nameof(TenantId), nameof(ClientId)]);
        }
    }
}
