using GovernanceBot.Audit;
using GovernanceBot.Storage;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Notifications;

public static class NotificationsExtensions
{
    /// <summary>
    /// The outbox, its schema and the background dispatcher, options from <c>Notifications</c>. The channel defaults
    /// to <see cref="LocalOutboxChannel"/>; <c>AddNotificationDelivery</c> (Notifications.Delivery) puts real delivery in its place.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotificationOptions>().BindConfiguration(NotificationOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddAudit();
        if (services.UsesAzureStorage())
        {
            services.AddSingleton(RequestPartitions.Layout);
            services.AddSingleton(TableInboxRecords.Layout);
            services.TryAddSingleton<IOutboxRecords, TableOutboxRecords>();
            services.TryAddSingleton<IInboxRecords, TableInboxRecords>();
        }
        else
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, NotificationsSchema>());
            services.TryAddSingleton<IOutboxRecords, SqliteOutboxRecords>();
            services.TryAddSingleton<IInboxRecords, SqliteInboxRecords>();
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Outbox>();
        services.TryAddSingleton<LocalOutboxChannel>();
        services.TryAddSingleton<INotificationChannel>(sp => sp.GetRequiredService<LocalOutboxChannel>());
        services.TryAddSingleton<NotificationDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationDispatcher>());
        return services;
    }
}
