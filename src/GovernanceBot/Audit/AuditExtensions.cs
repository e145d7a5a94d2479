using GovernanceBot.Storage;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Audit;

public static class AuditExtensions
{
    /// <summary>The audit log and its schema (registered as an <see cref="ISchema"/> for the database).</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, AuditSchema>());
        services.TryAddSingleton<AuditLog>();
        return services;
    }
}
