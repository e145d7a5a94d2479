using GovernanceBot.Storage;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Audit;

public static class AuditExtensions
{
    /// <summary>The audit log, read from the backend <c>AddBotStorage</c> chose (SQLite: its schema joins the database).</summary>
    public static IServiceCollection AddAudit(this IServiceCollection services)
    {
        if (services.UsesAzureStorage())
        {
            services.AddSingleton(RequestPartitions.Layout);
            services.TryAddSingleton<IAuditRecords, TableAuditRecords>();
        }
        else
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, AuditSchema>());
            services.TryAddSingleton<IAuditRecords, SqliteAuditRecords>();
        }

        services.TryAddSingleton<AuditLog>();
        return services;
    }
}
