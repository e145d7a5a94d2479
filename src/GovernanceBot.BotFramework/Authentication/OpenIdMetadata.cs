using System.Text.Json;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace GovernanceBot.BotFramework;

/// <summary>
/// One cached OpenID metadata document and its signing keys. Fetch failures throw, so callers fail closed.
/// </summary>
internal sealed class OpenIdMetadata
{
    // Forced fetches on an unknown key id are what a caller can provoke at will, so they are rate-limited.
    private static readonly TimeSpan MinimumForcedFetchInterval = TimeSpan.FromMinutes(5);

    private readonly string metadataUrl;
    private readonly IDocumentRetriever documents;
    private readonly ConfigurationManager<OpenIdConnectConfiguration> configuration;
    private readonly TimeProvider time;
    private readonly SemaphoreSlim forcedFetch = new(1, 1);
    private DateTimeOffset? lastForcedFetch;

    public OpenIdMetadata(string metadataUrl, HttpClient httpClient, TimeProvider time)
    {
        this.metadataUrl = metadataUrl;
        this.time = time;
        // Plain HTTP only for a loopback metadata endpoint (tests, local emulators); everything else must be HTTPS.
        documents = new HttpDocumentRetriever(httpClient) { RequireHttps = !new Uri(metadataUrl).IsLoopback };
        configuration = new ConfigurationManager<OpenIdConnectConfiguration>(metadataUrl, new OpenIdConnectConfigurationRetriever(), documents);
    }

    public Task<OpenIdConnectConfiguration> GetAsync(CancellationToken cancellationToken) =>
        configuration.GetConfigurationAsync(cancellationToken);

    /// <summary>
    /// The document as published now, for a token signed with a key id the cache does not know (keys roll over).
    /// The configuration manager refreshes in the background only, so the first fetch here is direct; further ones
    /// within five minutes get the cache.
    /// </summary>
    public async Task<OpenIdConnectConfiguration> GetFreshAsync(CancellationToken cancellationToken)
    {
        configuration.RequestRefresh();
        await forcedFetch.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            if (lastForcedFetch is { } last && now - last < MinimumForcedFetchInterval)
            {
                return await GetAsync(cancellationToken);
            }

            lastForcedFetch = now;
            return await OpenIdConnectConfigurationRetriever.GetAsync(metadataUrl, documents, cancellationToken);
        }
        finally
        {
            forcedFetch.Release();
        }
    }

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
