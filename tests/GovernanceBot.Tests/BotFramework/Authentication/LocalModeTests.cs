using System.Net;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.BotFramework.Support;

namespace GovernanceBot.Tests.BotFramework.Authentication;

public sealed class LocalModeTests
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("::1")]
    public async Task LoopbackCallerWithoutTokenIsAccepted(string address)
    {
        await using var host = await BotHost.StartLocalAsync(IPAddress.Parse(address));

        var response = await host.Client.SendAsync(Activities.Post(Activities.Message()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TurnAuthenticationKind.LocalLoopback, Assert.Single(host.Bot.Turns).Authentication.Kind);
    }

    [Fact]
    public async Task AnyAuthorizationHeaderIsIgnored()
    {
        await using var host = await BotHost.StartLocalAsync(IPAddress.Loopback);

        // The Agents Playground may send an HS256 dummy token in local mode.
        var response = await host.Client.SendAsync(Activities.Post(Activities.Message(), "Bearer eyJhbGciOiJIUzI1NiJ9.e30.dummy"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(host.Bot.Turns);
    }

    [Fact]
    public async Task RemoteCallerIsRefused()
    {
        await using var host = await BotHost.StartLocalAsync(IPAddress.Parse("203.0.113.7"));

        var response = await host.Client.SendAsync(Activities.Post(Activities.Message()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Bot.Turns);
    }

    [Fact]
    public async Task CallerWithoutAnAddressIsRefused()
    {
        await using var host = await BotHost.StartLocalAsync(callerAddress: null);

        var response = await host.Client.SendAsync(Activities.Post(Activities.Message()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Bot.Turns);
    }

    [Fact]
    public async Task StartingInLocalModeWarnsOnce()
    {
        await using var host = await BotHost.StartLocalAsync(IPAddress.Loopback);

        var warning = Assert.Single(host.Logs.Entries, entry => entry.Message.Contains("LOCAL MODE", StringComparison.Ordinal));
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
    }

    [Fact]
    public async Task AuthenticatedBotDoesNotWarnAboutLocalMode()
    {
        await using var authority = await SigningAuthority.StartAsync();
        await using var host = await BotHost.StartAuthenticatedAsync(authority);

        Assert.DoesNotContain(host.Logs.Entries, entry => entry.Message.Contains("LOCAL MODE", StringComparison.Ordinal));
    }
}
