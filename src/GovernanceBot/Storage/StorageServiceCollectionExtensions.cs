
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The data folder in <c>Storage:DataPath</c> and the shared state's backend, chosen here once: Azure Storage when
    /// <c>Storage:Azure</c> has a connection string or endpoints, else the SQLite database in the data folder. The
    /// bot's state and conversation references come with it; other features pick their store's backend with
    /// <see cref="UsesAzureStorage"/>, and in SQLite mode add their tables as numbered migrations
    /// (<c>services.AddSingleton&lt;ISchema, TheirSchema&gt;()</c>), applied when the database is first opened.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, AzureStorageOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);

        var azure = new AzureStorageOptions();
        configuration.GetSection($"{StorageOptions.Section}:Azure").Bind(azure);
        if (azure.IsConfigured)
        {
            services.TryAddSingleton(provider => new AzureStorageAccount(provider.GetRequiredService<IOptions<StorageOptions>>().Value.Azure));
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageLayoutCheck, AzureStorageStartup>());
            services.AddSingleton(BlobStateStore.Layout);
            services.AddSingleton(TableConversationReferenceRecords.Layout);
            services.AddSingleton(TableFeedbackRecords.Layout);
            services.TryAddSingleton<IStateStore, BlobStateStore>();
            services.TryAddSingleton<IConversationReferenceRecords, TableConversationReferenceRecords>();
            services.TryAddSingleton<IFeedbackRecords, TableFeedbackRecords>();
        }
        else
        {
            services.TryAddSingleton(provider => new SqliteDatabase(
                provider.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath,
                provider.GetServices<ISchema>()));
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IStorageLayoutCheck, SqliteStartup>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, StateSchema>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, ConversationReferenceSchema>());
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, FeedbackSchema>());
            services.TryAddSingleton<IStateStore, SqliteStateStore>();
            services.TryAddSingleton<IConversationReferenceRecords, SqliteConversationReferenceRecords>();
            services.TryAddSingleton<IFeedbackRecords, SqliteFeedbackRecords>();
        }

        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();
        services.TryAddSingleton<ConversationReferenceStore>();
        services.TryAddSingleton<FeedbackStore>();
        return services;
    }

    /// <summary>Whether <see cref="AddBotStorage"/> chose Azure Storage; without it (a test composing one feature) it is SQLite.</summary>
    public static bool UsesAzureStorage(this IServiceCollection services) =>
        services.Any(descriptor => descriptor.ServiceType == typeof(AzureStorageAccount));
}
