using Azure.Core;
using GovernanceBot.BotFramework;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.BotFramework.Support;

/// <summary>The library's services without a web host, with fast retries so scripted failures resolve quickly.</summary>
public static class ConnectorServices
{
    public static ServiceProvider Local() => Build(new Dictionary<string, string?>(), credential: null);

    public static ServiceProvider Authenticated(TokenCredential credential) =>
        Build(BotHost.Settings("https://login.botframework.com/v1/.well-known/openidconfiguration", "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration"), credential);

    private static ServiceProvider Build(Dictionary<string, string?> settings, TokenCredential? credential)
    {
        settings["Bot:Connector:BaseDelay"] = "00:00:00.010";
        settings["Bot:Connector:MaxRetryAfter"] = "00:00:00.050";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddLogging();
        if (credential is not null)
        {
            services.AddSingleton(new BotCredential(credential));
        }

        services.AddBotFramework(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
