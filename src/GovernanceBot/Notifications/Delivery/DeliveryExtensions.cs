using GovernanceBot.Audit;
using GovernanceBot.Notifications.Mail;
using GovernanceBot.Notifications.Teams;
using GovernanceBot.People;
using GovernanceBot.Storage;

using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Notifications.Delivery;

/// <summary>Real delivery, composed apart from the outbox so the channels may use the outbox's types and not the other way round.</summary>
public static class DeliveryExtensions
{
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
