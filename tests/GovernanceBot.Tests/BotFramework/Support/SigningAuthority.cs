using System.Net;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.Tests.BotFramework.Support;

/// <summary>
/// A local token issuer: serves Bot Framework-style and Entra-style OpenID metadata over loopback HTTP and signs tokens
/// with its RSA keys. The <c>teams</c> key is endorsed for msteams, the <c>webchat</c> key only for webchat, and the
/// <c>rogue</c> key is never published.
/// </summary>
public sealed class SigningAuthority : IAsyncDisposable
{
    public const string AppId = "6f1a7c2e-3b4d-4e5f-8a9b-0c1d2e3f4a5b";
    public const string TenantId = "0b8e5a3c-1d2f-4a6b-9c7d-8e9f0a1b2c3d";
    public const string ChannelIssuer = "https://api.botframework.com";
    public static readonly string EntraIssuer = $"https://login.microsoftonline.com/{TenantId}/v2.0";

    private readonly WebApplication app;
    private string baseUrl = string.Empty;

    private SigningAuthority(WebApplication app) => this.app = app;

    public RsaSecurityKey TeamsKey { get; } = NewKey("teams-key");
    public RsaSecurityKey WebChatKey { get; } = NewKey("webchat-key");
    public RsaSecurityKey EntraKey { get; } = NewKey("entra-key");
    public RsaSecurityKey RogueKey { get; } = NewKey("rogue-key");

    /// <summary>A key published only after <see cref="RollOverKeys"/>, as when the channel service rotates keys.</summary>
    public RsaSecurityKey NextKey { get; } = NewKey("next-key");

    public bool KeysRolledOver { get; private set; }

    public void RollOverKeys() => KeysRolledOver = true;

    public string ChannelMetadataUrl => $"{baseUrl}/botframework/v1/.well-known/openidconfiguration";
    public string EntraMetadataUrl => $"{baseUrl}/entra/v2.0/.well-known/openid-configuration";

    public static async Task<SigningAuthority> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var authority = new SigningAuthority(builder.Build());
        authority.Map();
        await authority.app.StartAsync();
        authority.baseUrl = authority.app.Services.GetRequiredService<IServer>().Features
            .Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        return authority;
    }

    /// <summary>A channel-path token as Teams sends it: issuer api.botframework.com, audience the app id, serviceurl claim.</summary>
    public string ChannelToken(string serviceUrl, RsaSecurityKey? key = null, string? audience = null, string? issuer = null,
        DateTime? notBefore = null, DateTime? expires = null)
    {
        var now = DateTime.UtcNow;
        return Sign(key ?? TeamsKey, SecurityAlgorithms.RsaSha256, new SecurityTokenDescriptor
        {
            Issuer = issuer ?? ChannelIssuer,
            Audience = audience ?? AppId,
            NotBefore = notBefore ?? now.AddMinutes(-1),
            IssuedAt = notBefore ?? now.AddMinutes(-1),
            Expires = expires ?? now.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
        });
    }

    /// <summary>An Entra v2 token for a caller app (by default the bot itself, as the Emulator and Playground send).</summary>
    public string EntraToken(string? callerAppId = null) => Sign(EntraKey, SecurityAlgorithms.RsaSha256, new SecurityTokenDescriptor
    {
        Issuer = EntraIssuer,
        Audience = AppId,
        Expires = DateTime.UtcNow.AddHours(1),
        Claims = new Dictionary<string, object> { ["ver"] = "2.0", ["azp"] = callerAppId ?? AppId, ["tid"] = TenantId },
    });

    public static string Sign(SecurityKey key, string algorithm, SecurityTokenDescriptor descriptor)
    {
        descriptor.SigningCredentials = new SigningCredentials(key, algorithm);
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>An unsigned token (<c>alg: none</c>) with the given claims.</summary>
    public static string UnsignedToken(object payload) =>
        $"{Base64Url(new { alg = "none", typ = "JWT" })}.{Base64Url(payload)}.";

    public static string Base64Url(object value) => Base64UrlEncoder.Encode(JsonSerializer.Serialize(value));

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        foreach (var key in new[] { TeamsKey, WebChatKey, EntraKey, RogueKey, NextKey })
        {
            key.Rsa.Dispose();
        }
    }

    private static RsaSecurityKey NewKey(string keyId) => new(RSA.Create(2048)) { KeyId = keyId };

    private void Map()
    {
        app.MapGet("/botframework/v1/.well-known/openidconfiguration", () => Results.Json(new
        {
            issuer = ChannelIssuer,
            jwks_uri = $"{baseUrl}/botframework/v1/.well-known/keys",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        app.MapGet("/botframework/v1/.well-known/keys", () => Results.Json(new
        {
            keys = KeysRolledOver
                ? new[] { Jwk(TeamsKey, ["msteams", "skype"]), Jwk(WebChatKey, ["webchat"]), Jwk(NextKey, ["msteams"]) }
                : new[] { Jwk(TeamsKey, ["msteams", "skype"]), Jwk(WebChatKey, ["webchat"]) },
        }));
        app.MapGet("/entra/v2.0/.well-known/openid-configuration", () => Results.Json(new
        {
            issuer = "https://login.microsoftonline.com/{tenantid}/v2.0",
            jwks_uri = $"{baseUrl}/entra/discovery/v2.0/keys",
        }));
        app.MapGet("/entra/discovery/v2.0/keys", () => Results.Json(new { keys = new[] { Jwk(EntraKey, endorsements: null) } }));
    }

    private static Dictionary<string, object> Jwk(RsaSecurityKey key, string[]? endorsements)
    {
        var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
        var jwk = new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = key.KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
        };
        if (endorsements is not null)
        {
            jwk["endorsements"] = endorsements;
        }

        return jwk;
    }
}
