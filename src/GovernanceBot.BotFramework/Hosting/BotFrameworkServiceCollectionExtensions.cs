using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace GovernanceBot.BotFramework;

public static class BotFrameworkServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Bot Framework protocol: the bot's identity from the top-level <c>MicrosoftApp*</c> keys and inbound
    /// checks from the <c>Bot</c> section (validated at start-up), inbound
    /// authentication, <see cref="CloudAdapter"/>, <see cref="ConnectorClientFactory"/> and <see cref="TrustedServiceUrls"/>.
    /// The app registers its <see cref="IBot"/> and maps <c>/api/messages</c> to <see cref="CloudAdapter.ProcessAsync"/>.
    /// </summary>
    public static IServiceCollection AddBotFramework(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().Bind(configuration).ValidateOnStart();
        services.AddSingleton<IValidateOptions<BotFrameworkOptions>>(new BotFrameworkOptionsValidator(configuration));
        services.AddOptions<InboundActivityOptions>().Bind(configuration.GetSection(InboundActivityOptions.SectionName))
            .Validate(o => o.MaxActivityBytes > 0, $"{InboundActivityOptions.SectionName}:MaxActivityBytes must be positive.")
            .ValidateOnStart();
        services.AddOptions<ConnectorOptions>().Bind(configuration.GetSection(ConnectorOptions.SectionName))
            .Validate(o => o.MaxRetries >= 0 && o.BaseDelay >= TimeSpan.Zero && o.AttemptTimeout > TimeSpan.Zero,
                $"{ConnectorOptions.SectionName}: MaxRetries and BaseDelay must not be negative, AttemptTimeout must be positive.")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<ChannelModeAnnouncement>();

        services.AddHttpClient(BotMetadataSources.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<BotMetadataSources>();
        services.AddSingleton<BotTokenValidator>();
        services.AddSingleton(provider => new ChannelAuthenticator(
            provider.GetRequiredService<IOptions<BotFrameworkOptions>>(), provider.GetRequiredService<BotTokenValidator>()));

        services.TryAddSingleton(provider => BotCredential.From(provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value));
        services.AddSingleton<BotAccessTokenSource>();
        services.AddSingleton<TrustedServiceUrls>();
        services.AddTransient<ConnectorAuthorizationHandler>();
        services.AddHttpClient(ConnectorClientFactory.HttpClientName)
            .AddHttpMessageHandler<ConnectorAuthorizationHandler>()
            .AddResilienceHandler("bot-connector", AddConnectorResilience);
        services.AddSingleton<ConnectorClientFactory>();
        services.AddMetrics();
        services.TryAddSingleton<TurnTelemetry>();
        services.AddSingleton<CloudAdapter>();
        return services;
    }

    private static void AddConnectorResilience(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, ResilienceHandlerContext context)
    {
        var options = context.ServiceProvider.GetRequiredService<IOptions<ConnectorOptions>>().Value;
        var time = context.ServiceProvider.GetRequiredService<TimeProvider>();
        if (options.MaxRetries > 0)
        {
            pipeline.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                Delay = options.BaseDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ConnectorRetryRules.ShouldRetry(args.Context.GetRequestMessage()?.Method, args.Outcome)),
                DelayGenerator = args => ValueTask.FromResult(ConnectorRetryRules.ServerDelay(args.Outcome.Result, options.MaxRetryAfter, time.GetUtcNow())),
            });
        }

        pipeline.AddTimeout(options.AttemptTimeout);
    }
}
