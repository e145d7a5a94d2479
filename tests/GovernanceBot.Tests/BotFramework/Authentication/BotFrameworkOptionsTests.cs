using GovernanceBot.BotFramework;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Tests.BotFramework.Authentication;

public sealed class BotFrameworkOptionsTests
{
    private static BotFrameworkOptions Resolve(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        using var provider = new ServiceCollection().AddLogging().AddBotFramework(configuration).BuildServiceProvider();
        return provider.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;
    }

    [Fact]
    public void SingleTenantBotWithoutTenantNamesTheMissingKey()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            ("Bot:MicrosoftAppType", "SingleTenant"), ("Bot:MicrosoftAppId", "app"), ("Bot:MicrosoftAppPassword", "secret")));

        Assert.Contains("Bot:MicrosoftAppTenantId", failure.Message);
    }

    [Fact]
    public void SingleTenantBotWithoutSecretNamesTheMissingKey()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            ("Bot:MicrosoftAppType", "SingleTenant"), ("Bot:MicrosoftAppId", "app"), ("Bot:MicrosoftAppTenantId", "tenant")));

        Assert.Contains("Bot:MicrosoftAppPassword", failure.Message);
    }

    [Fact]
    public void ManagedIdentityBotWithAPasswordIsRefused()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            ("Bot:MicrosoftAppType", "UserAssignedMSI"), ("Bot:MicrosoftAppId", "client"), ("Bot:MicrosoftAppTenantId", "tenant"),
            ("Bot:MicrosoftAppPassword", "secret")));

        Assert.Contains("Bot:MicrosoftAppPassword must not be set", failure.Message);
    }

    [Fact]
    public void SecretWithoutAppIdIsRefusedRatherThanRunningAnonymously()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(("Bot:MicrosoftAppPassword", "secret")));

        Assert.Contains("Bot:MicrosoftAppId", failure.Message);
    }

    [Fact]
    public void UnknownAppTypeIsRefused()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            ("Bot:MicrosoftAppType", "Sometimes"), ("Bot:MicrosoftAppId", "app"), ("Bot:MicrosoftAppPassword", "secret")));

        Assert.Contains("Bot:MicrosoftAppType", failure.Message);
    }

    [Fact]
    public void NoConfigurationMeansLocalMode()
    {
        Assert.True(Resolve().IsLocalMode);
    }

    [Fact]
    public void CompleteManagedIdentityConfigurationIsAccepted()
    {
        var options = Resolve(("Bot:MicrosoftAppType", "UserAssignedMSI"), ("Bot:MicrosoftAppId", "client"), ("Bot:MicrosoftAppTenantId", "tenant"));

        Assert.Equal(BotAppType.UserAssignedMSI, options.AppType);
        Assert.False(options.IsLocalMode);
    }
}
