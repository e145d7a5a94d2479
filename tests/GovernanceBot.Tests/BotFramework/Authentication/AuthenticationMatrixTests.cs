using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.BotFramework.Support;
using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.Tests.BotFramework.Authentication;

public sealed class AuthenticationMatrixTests(SigningAuthorityFixture fixture) : IClassFixture<SigningAuthorityFixture>
{
    private const string ServiceUrl = Activities.DefaultServiceUrl;
    private SigningAuthority Authority => fixture.Authority;

    [Theory]
    [InlineData("no header", "no bearer token")]
    [InlineData("wrong scheme", "no bearer token")]
    [InlineData("lower-case scheme", "no bearer token")]
    [InlineData("garbage", "unreadable token")]
    [InlineData("alg none", "token rejected")]
    [InlineData("HS256 signed with a guessed secret", "token rejected")]
    [InlineData("expired", "SecurityTokenExpiredException")]
    [InlineData("not yet valid", "SecurityTokenNotYetValidException")]
    [InlineData("wrong audience", "SecurityTokenInvalidAudienceException")]
    [InlineData("wrong issuer", "untrusted issuer")]
    [InlineData("unknown key id", "SecurityTokenSignatureKeyNotFoundException")]
    [InlineData("key not endorsed for msteams", "not endorsed")]
    [InlineData("serviceurl claim differs from the activity", "serviceurl claim")]
    [InlineData("tampered payload", "SecurityTokenInvalidSignatureException")]
    [InlineData("Entra token from another app", "caller is not allowed")]
    public async Task RefusedRequestGets401AndNeverReachesTheBot(string refusal, string reason)
    {
        await using var host = await BotHost.StartAuthenticatedAsync(Authority);
        var activity = Activities.Message(serviceUrl: refusal == "tampered payload" ? "https://attacker.example/" : ServiceUrl);

        var response = await host.Client.SendAsync(Activities.Post(activity, AuthorizationFor(refusal)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Bot.Turns);
        Assert.Contains(host.Logs.Entries, entry => entry.Message.Contains(reason, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CorrectlySignedChannelTokenIsAccepted()
    {
        await using var host = await BotHost.StartAuthenticatedAsync(Authority);

        var response = await host.Client.SendAsync(Activities.Post(Activities.Message(), $"Bearer {Authority.ChannelToken(ServiceUrl)}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var turn = Assert.Single(host.Bot.Turns);
        Assert.Equal(TurnAuthenticationKind.ChannelToken, turn.Authentication.Kind);
        Assert.True(turn.Authentication.IsInbound);
    }

    [Fact]
    public async Task EntraTokenFromTheBotsOwnAppIsAcceptedForAServiceUrlAlreadyTrusted()
    {
        await using var host = await BotHost.StartAuthenticatedAsync(Authority);
        await host.Client.SendAsync(Activities.Post(Activities.Message(), $"Bearer {Authority.ChannelToken(ServiceUrl)}"));

        var response = await host.Client.SendAsync(Activities.Post(Activities.Message(), $"Bearer {Authority.EntraToken()}"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(TurnAuthenticationKind.EntraToken, host.Bot.Turns[^1].Authentication.Kind);
    }

    [Fact]
    public async Task EntraTokenNamingAServiceUrlNotAlreadyTrustedIsRefused()
    {
        await using var host = await BotHost.StartAuthenticatedAsync(Authority);
        await host.Client.SendAsync(Activities.Post(Activities.Message(), $"Bearer {Authority.ChannelToken(ServiceUrl)}"));

        var elsewhere = await host.Client.SendAsync(Activities.Post(Activities.Message(serviceUrl: "https://attacker.example/"), $"Bearer {Authority.EntraToken()}"));
        var fresh = await BotHost.StartAuthenticatedAsync(Authority);
        var beforeAnyChannelTurn = await fresh.Client.SendAsync(Activities.Post(Activities.Message(), $"Bearer {Authority.EntraToken()}"));

        Assert.Equal(HttpStatusCode.Unauthorized, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, beforeAnyChannelTurn.StatusCode);
        Assert.Single(host.Bot.Turns);
        Assert.Empty(fresh.Bot.Turns);
        await fresh.DisposeAsync();
    }

    [Fact]
    public async Task UnreachableMetadataRefusesAnOtherwiseValidToken()
    {
        await using var host = await BotHost.StartAuthenticatedAsync(Authority, channelMetadataUrl: $"http://127.0.0.1:{ClosedPort()}/v1/.well-known/openidconfiguration");

        var response = await host.Client.SendAsync(Activities.Post(Activities.Message(), $"Bearer {Authority.ChannelToken(ServiceUrl)}"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(host.Bot.Turns);
        Assert.Contains(host.Logs.Entries, entry => entry.Message.Contains("signing metadata unavailable", StringComparison.Ordinal));
    }

    private string? AuthorizationFor(string refusal)
    {
        var now = DateTime.UtcNow;
        return refusal switch
        {
            "no header" => null,
            "wrong scheme" => $"Basic {Authority.ChannelToken(ServiceUrl)}",
            "lower-case scheme" => $"bearer {Authority.ChannelToken(ServiceUrl)}",
            "garbage" => "Bearer this.is-not.a-token",
            "alg none" => $"Bearer {SigningAuthority.UnsignedToken(new
            {
                iss = SigningAuthority.ChannelIssuer, aud = SigningAuthority.AppId, serviceurl = ServiceUrl,
                nbf = EpochTime.GetIntDate(now.AddMinutes(-1)), exp = EpochTime.GetIntDate(now.AddHours(1)),
            })}",
            "HS256 signed with a guessed secret" => $"Bearer {GuessedSecretToken()}",
            "expired" => $"Bearer {Authority.ChannelToken(ServiceUrl, notBefore: now.AddHours(-2), expires: now.AddHours(-1))}",
            "not yet valid" => $"Bearer {Authority.ChannelToken(ServiceUrl, notBefore: now.AddHours(1), expires: now.AddHours(2))}",
            "wrong audience" => $"Bearer {Authority.ChannelToken(ServiceUrl, audience: "0d0d0d0d-0000-4000-8000-000000000000")}",
            "wrong issuer" => $"Bearer {Authority.ChannelToken(ServiceUrl, issuer: "https://api.botframework.example")}",
            "unknown key id" => $"Bearer {Authority.ChannelToken(ServiceUrl, key: Authority.RogueKey)}",
            "key not endorsed for msteams" => $"Bearer {Authority.ChannelToken(ServiceUrl, key: Authority.WebChatKey)}",
            "serviceurl claim differs from the activity" => $"Bearer {Authority.ChannelToken("https://attacker.example/")}",
            "tampered payload" => $"Bearer {Tampered(Authority.ChannelToken(ServiceUrl))}",
            "Entra token from another app" => $"Bearer {Authority.EntraToken(callerAppId: "0e0e0e0e-0000-4000-8000-000000000000")}",
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, "no such case"),
        };
    }

    private static string GuessedSecretToken()
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-guessed-secret-that-is-long-enough-for-hs256")) { KeyId = "teams-key" };
        return SigningAuthority.Sign(secret, SecurityAlgorithms.HmacSha256, new SecurityTokenDescriptor
        {
            Issuer = SigningAuthority.ChannelIssuer,
            Audience = SigningAuthority.AppId,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = ServiceUrl },
        });
    }

    /// <summary>Re-points the signed token at an attacker's connector, keeping the original signature.</summary>
    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload["serviceurl"] = "https://attacker.example/";
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
