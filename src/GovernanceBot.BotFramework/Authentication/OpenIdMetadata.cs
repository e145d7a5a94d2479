using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.BotFramework;

/// <summary>
/// One cached OpenID metadata document and its signing keys. Fetch failures throw, so callers fail closed.
/// </summary>
internal sealed class OpenIdMetadata(string metadataUrl, HttpClient httpClient)
{
    private readonly ConfigurationManager<OpenIdConnectConfiguration> configuration = new(
        metadataUrl,
        new OpenIdConnectConfigurationRetriever(),
        // Plain HTTP only for a loopback metadata endpoint (tests, local emulators); everything else must be HTTPS.
        new HttpDocumentRetriever(httpClient) { RequireHttps = !new Uri(metadataUrl).IsLoopback });

    public string MetadataUrl => metadataUrl;

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        configuration.GetConfigurationAsync(cancellationToken);

    /// <summary>Asks for a fresh document on the next read (rate-limited by the configuration manager).</summary>
    public void RequestRefresh() => configuration.RequestRefresh();

    /// <summary>The channel ids the key <paramref name="keyId"/> is endorsed for, from the JWKS <c>endorsements</c> member.</summary>
    public static IReadOnlyList<string> Endorsements(OpenIdConnectConfiguration document, string? keyId)
    {
        var key = document.JsonWebKeySet?.Keys.FirstOrDefault(k => string.Equals(k.Kid, keyId, StringComparison.Ordinal));
        if (key is null || !key.AdditionalData.TryGetValue("endorsements", out var value))
        {
            return [];
        }

        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!).ToList(),
            IEnumerable<object> items => items.OfType<string>().ToList(),
            _ => [],
        };
    }
}
