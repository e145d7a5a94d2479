using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The SQLite database in <c>Storage:DataPath</c> and the bot's stores on it. Other features add their tables
    /// with <c>services.AddSingleton&lt;ISchema, TheirSchema&gt;()</c>; every registered schema is applied when the
    /// database is first opened.
    /// </summary>
    public static IServiceCollection AddBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.Section))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidation>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new SqliteDatabase(
            provider.GetRequiredService<IOptions<StorageOptions>>().Value.DatabasePath,
            provider.GetServices<ISchema>()));

        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, StateSchema>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, ConversationReferenceSchema>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, FeedbackSchema>());

        services.TryAddSingleton<IStateStore, SqliteStateStore>();
        services.TryAddSingleton<ConversationState>();
        services.TryAddSingleton<UserState>();
        services.TryAddSingleton<ConversationReferenceStore>();
        services.TryAddSingleton<FeedbackStore>();
        return services;
    }
}
