using GovernanceBot.Audit;
using GovernanceBot.Notifications.Azure;
using GovernanceBot.Notifications.Mail;
using GovernanceBot.Notifications.Teams;
using GovernanceBot.People;
using GovernanceBot.Storage;
using GovernanceBot.Storage.Azure;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Notifications;

public static class NotificationsExtensions
{
    /// <summary>
    /// The outbox, its schema and the background dispatcher, options from <c>Notifications</c>. The channel defaults
    /// to <see cref="LocalOutboxChannel"/>; <see cref="AddNotificationDelivery"/> puts <see cref="DeliveryChannels"/> in its place.
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

    /// <summary>
    /// Real delivery (see <see cref="DeliveryChannels"/>): Teams proactive messages, the Graph mail fallback when
    /// <c>Notifications:Mail:Enabled</c>, and the local inbox in local mode; plus re-trusting stored service URLs at
    /// startup. Needs the Bot Framework (<c>AddBotFramework</c>) and storage (<c>AddBotStorage</c>).
    /// </summary>
    public static IServiceCollection AddNotificationDelivery(this IServiceCollection services)
    {
        services.AddNotifications();
        services.AddAudit();
        services.AddCouncilDirectory();
        services.AddOptions<MailOptions>().BindConfiguration(MailOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<MailOptions>, MailOptionsValidation>());
        if (services.UsesAzureStorage())
        {
            services.AddSingleton(TableSentKeyRecords.Layout);
            services.TryAddSingleton<ISentKeyRecords, TableSentKeyRecords>();
        }
        else
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, SentNotificationsSchema>());
            services.TryAddSingleton<ISentKeyRecords, SqliteSentKeyRecords>();
        }

        services.TryAddSingleton<SentNotifications>();
        services.TryAddSingleton<TeamsNotificationChannel>();
        services.TryAddSingleton<MailNotificationChannel>();
        services.TryAddSingleton(sp => new DeliveryChannels(
            sp.GetRequiredService<TeamsNotificationChannel>(),
            sp.GetRequiredService<LocalOutboxChannel>(),
            sp.GetRequiredService<IOptions<BotFramework.BotFrameworkOptions>>(),
            sp.GetRequiredService<ILogger<DeliveryChannels>>(),
            sp.GetRequiredService<IOptions<MailOptions>>().Value.Enabled ? sp.GetRequiredService<MailNotificationChannel>() : null));
        services.Replace(ServiceDescriptor.Singleton<INotificationChannel>(sp => sp.GetRequiredService<DeliveryChannels>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StoredServiceUrlTrust>());
        return services;
    }
}
