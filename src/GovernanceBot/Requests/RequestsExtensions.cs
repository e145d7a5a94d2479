using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.Routing;
using GovernanceBot.Storage;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Requests;

public static class RequestsExtensions
{
    /// <summary>
    /// The request workflow with everything it writes to: routing rules and directory, the outbox and dispatcher,
    /// and the audit log. Registers its <see cref="ISchema"/>s; the app's <see cref="SqliteDatabase"/> applies them.
    /// </summary>
    public static IServiceCollection AddRequestWorkflow(this IServiceCollection services)
    {
        services.AddRoutingRules();
        services.AddNotifications();
        services.AddAudit();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, RequestsSchema>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RequestWorkflow>();
        return services;
    }
}
