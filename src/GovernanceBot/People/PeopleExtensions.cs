using Azure.Core;
using Azure.Identity;

using GovernanceBot.Knowledge.Councils;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Graph;

namespace GovernanceBot.People;

public static class PeopleExtensions
{
    /// <summary>
    /// The council directory: the configured <c>directory.json</c> files, with people and line managers from
    /// Entra ID when <c>Graph:Enabled</c> is true. Uses the registered <see cref="CouncilCatalog"/>, or loads one
    /// from <c>Knowledge:CouncilsPath</c> if the app has not registered it.
    /// </summary>
    public static IServiceCollection AddCouncilDirectory(this IServiceCollection services)
    {
        services.AddOptions<GraphOptions>().BindConfiguration(GraphOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<CouncilFolderOptions>().BindConfiguration(CouncilFolderOptions.Section);
        services.TryAddSingleton(sp => CouncilCatalog.Load(sp.GetRequiredService<IOptions<CouncilFolderOptions>>().Value.CouncilsPath));
        services.TryAddSingleton(sp => FileCouncilDirectory.Load(sp.GetRequiredService<CouncilCatalog>()));
        services.TryAddSingleton(sp => new GraphServiceClient(Credential(sp.GetRequiredService<IOptions<GraphOptions>>().Value)));
        services.TryAddSingleton<ICouncilDirectory>(sp => sp.GetRequiredService<IOptions<GraphOptions>>().Value.Enabled
            ? new GraphCouncilDirectory(sp.GetRequiredService<GraphServiceClient>(), sp.GetRequiredService<FileCouncilDirectory>())
            : sp.GetRequiredService<FileCouncilDirectory>());
        return services;
    }

    static TokenCredential Credential(GraphOptions options) => options.ClientSecret is { Length: > 0 } secret
        ? new ClientSecretCredential(options.TenantId, options.ClientId, secret)
        : new DefaultAzureCredential(new DefaultAzureCredentialOptions { TenantId = options.TenantId, ManagedIdentityClientId = options.ClientId });
}

/// <summary>Where the council folders are, when the knowledge feature has not already registered the catalog.</summary>
public sealed class CouncilFolderOptions
{
    public const string Section = "Knowledge";

    public string CouncilsPath { get; set; } = Path.Combine(AppContext.BaseDirectory, "councils");
}
