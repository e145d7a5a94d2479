using System.Text;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.Tests.BotFramework.Support;

/// <summary>Authorization headers an attacker could send, each of which an authenticated bot must refuse.</summary>
public static class ForgedTokens
{
    public static readonly string[] Shapes =
    [
        "no header", "empty bearer", "wrong scheme", "garbage", "alg none", "HS256 signed with a guessed secret", "signed with an unpublished key",
        "expired", "wrong audience", "wrong issuer", "key not endorsed for msteams", "serviceurl claim differs from the activity",
        "tampered payload", "Entra token from another app",
    ];

    /// <summary>The Authorization header for <paramref name="shape"/>, or null for none.</summary>
    public static string? Header(string shape, SigningAuthority authority, string serviceUrl)
    {
        var now = DateTime.UtcNow;
        return shape switch
        {
            "no header" => null,
            "empty bearer" => "Bearer ",
            "wrong scheme" => $"Basic {authority.ChannelToken(serviceUrl)}",
            "garbage" => "Bearer this.is-not.a-token",
            "alg none" => $"Bearer {SigningAuthority.UnsignedToken(new
            {
                iss = SigningAuthority.ChannelIssuer, aud = SigningAuthority.AppId, serviceurl = serviceUrl,
                nbf = EpochTime.GetIntDate(now.AddMinutes(-1)), exp = EpochTime.GetIntDate(now.AddHours(1)),
            })}",
            "HS256 signed with a guessed secret" => $"Bearer {GuessedSecretToken(serviceUrl)}",
            "signed with an unpublished key" => $"Bearer {authority.ChannelToken(serviceUrl, key: authority.RogueKey)}",
            "expired" => $"Bearer {authority.ChannelToken(serviceUrl, notBefore: now.AddHours(-2), expires: now.AddHours(-1))}",
            "wrong audience" => $"Bearer {authority.ChannelToken(serviceUrl, audience: "0d0d0d0d-0000-4000-8000-000000000000")}",
            "wrong issuer" => $"Bearer {authority.ChannelToken(serviceUrl, issuer: "https://api.botframework.example")}",
            "key not endorsed for msteams" => $"Bearer {authority.ChannelToken(serviceUrl, key: authority.WebChatKey)}",
            "serviceurl claim differs from the activity" => $"Bearer {authority.ChannelToken("https://attacker.example/")}",
            "tampered payload" => $"Bearer {Tampered(authority.ChannelToken(serviceUrl))}",
            "Entra token from another app" => $"Bearer {authority.EntraToken(callerAppId: "0e0e0e0e-0000-4000-8000-000000000000")}",
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "no such forged token"),
        };
    }

    private static string GuessedSecretToken(string serviceUrl)
    {
        var secret = new SymmetricSecurityKey(Encoding.UTF8.GetBytes("a-guessed-secret-that-is-long-enough-for-hs256")) { KeyId = "teams-key" };
        return SigningAuthority.Sign(secret, SecurityAlgorithms.HmacSha256, new SecurityTokenDescriptor
        {
            Issuer = SigningAuthority.ChannelIssuer,
            Audience = SigningAuthority.AppId,
            NotBefore = DateTime.UtcNow.AddMinutes(-1),
            Expires = DateTime.UtcNow.AddHours(1),
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
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
}
