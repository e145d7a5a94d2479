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
            ("MicrosoftAppType", "SingleTenant"), ("MicrosoftAppId", "app"), ("MicrosoftAppPassword", "secret")));

        Assert.Contains("MicrosoftAppTenantId", failure.Message);
    }

    [Fact]
    public void SingleTenantBotWithoutSecretNamesTheMissingKey()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            ("MicrosoftAppType", "SingleTenant"), ("MicrosoftAppId", "app"), ("MicrosoftAppTenantId", "tenant")));

        Assert.Contains("MicrosoftAppPassword", failure.Message);
    }

    [Fact]
    public void ManagedIdentityBotWithAPasswordIsRefused()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            ("MicrosoftAppType", "UserAssignedMSI"), ("MicrosoftAppId", "client"), ("MicrosoftAppTenantId", "tenant"),
            ("MicrosoftAppPassword", "secret")));

        Assert.Contains("MicrosoftAppPassword must not be set", failure.Message);
    }

    [Fact]
    public void SecretWithoutAppIdIsRefusedRatherThanRunningAnonymously()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(("MicrosoftAppPassword", "secret")));

        Assert.Contains("MicrosoftAppId", failure.Message);
    }

    [Fact]
    public void UnknownAppTypeIsRefused()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            ("MicrosoftAppType", "Sometimes"), ("MicrosoftAppId", "app"), ("MicrosoftAppPassword", "secret")));

        Assert.Contains("MicrosoftAppType", failure.Message);
    }

    [Fact]
    public void NoConfigurationMeansLocalMode()
    {
        Assert.True(Resolve().IsLocalMode);
    }

    [Fact]
    public void CompleteManagedIdentityConfigurationIsAccepted()
    {
        var options = Resolve(("MicrosoftAppType", "UserAssignedMSI"), ("MicrosoftAppId", "client"), ("MicrosoftAppTenantId", "tenant"));

        Assert.Equal(BotAppType.UserAssignedMSI, options.AppType);
        Assert.False(options.IsLocalMode);
    }

    [Fact]
    public void TheSdksTopLevelKeysConfigureTheBot()
    {
        var options = Resolve(("MicrosoftAppType", "SingleTenant"), ("MicrosoftAppId", "app"), ("MicrosoftAppPassword", "secret"), ("MicrosoftAppTenantId", "tenant"));

        Assert.Equal(BotAppType.SingleTenant, options.AppType);
        Assert.Equal("app", options.MicrosoftAppId);
        Assert.Equal("tenant", options.MicrosoftAppTenantId);
    }

    [Fact]
    public void TheRetiredBotSectionKeysAreRefusedNamingTheKeyToSetInstead()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(("Bot:MicrosoftAppId", "app")));

        Assert.Contains("Bot:MicrosoftAppId is no longer read: set MicrosoftAppId", failure.Message);
    }

    [Fact]
    public void ANumberIsNotAnAppType()
    {
        var failure = Assert.Throws<OptionsValidationException>(() => Resolve(
            ("MicrosoftAppType", "1"), ("MicrosoftAppId", "app"), ("MicrosoftAppPassword", "secret")));

        Assert.Contains("MicrosoftAppType '1'", failure.Message);
    }
}
