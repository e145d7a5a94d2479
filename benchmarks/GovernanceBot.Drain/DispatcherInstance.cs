using Azure.Core;
using GovernanceBot.BotFramework;
using GovernanceBot.Notifications;
using GovernanceBot.Notifications.Delivery;
using GovernanceBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Drain;

/// <summary>
/// One bot instance's notification services, composed as the app composes them (storage, Bot Framework in authenticated
/// mode with a fixed token, notification delivery) over a shared data folder or one Azure Storage account, without
/// starting a host.
/// </summary>
sealed class DispatcherInstance : IDisposable
{
    readonly ServiceProvider services;

    /// <param name="azure">An Azure Storage connection string (e.g. Azurite's) and table prefix, or null for SQLite in the data folder.</param>
    public DispatcherInstance(string dataPath, string serviceUrl, (string ConnectionString, string Prefix)? azure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Azure:ConnectionString"] = azure?.ConnectionString,
            ["Storage:Azure:NamePrefix"] = azure?.Prefix ?? "governancebot",
            ["Storage:DataPath"] = dataPath,
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = "6f1a7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b",
            ["MicrosoftAppPassword"] = "not-used: the token is fixed",
            ["MicrosoftAppTenantId"] = "0b8e5a3c-1d2f-4a6b-9c7d-8e9f0a1b2c3d",
            ["Bot:Connector:TrustedServiceUrls:0"] = serviceUrl,
            ["Notifications:MaxAttempts"] = "3",
        }).Build();
        var collection = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning).AddConsole())
            .AddSingleton(new BotCredential(new FixedToken()));
        collection.AddBotStorage(configuration);
        collection.AddBotFramework(configuration);
        collection.AddNotificationDelivery();
        // The Teams channel renders notifications with the request slice's cards (AddRequestWorkflow registers them in the app).
        collection.AddSingleton<INotificationCards, GovernanceBot.Requests.Cards.RequestNotificationCards>();
        services = collection.BuildServiceProvider();
    }

    public IServiceProvider Services => services;

    /// <summary>Dispatches until nothing is due, as the background service does when a burst is queued.</summary>
    public async Task DrainAsync()
    {
        var dispatcher = services.GetRequiredService<NotificationDispatcher>();
        while (await dispatcher.DispatchPendingAsync(CancellationToken.None) > 0 || await PendingAsync() > 0)
        {
        }
    }

    public Task<int> PendingAsync() => services.GetRequiredService<Outbox>().PendingCountAsync(CancellationToken.None);

    public void Dispose() => services.Dispose();

    sealed class FixedToken : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            new("drain-benchmark-token", DateTimeOffset.UtcNow.AddHours(1));

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
