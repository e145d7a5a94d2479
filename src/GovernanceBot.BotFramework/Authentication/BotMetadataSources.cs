using Microsoft.Extensions.Options;

namespace GovernanceBot.BotFramework;

/// <summary>The two metadata documents inbound tokens are checked against, one cache each for the process.</summary>
internal sealed class BotMetadataSources(IOptions<InboundActivityOptions> options, IHttpClientFactory httpClientFactory, TimeProvider time)
{
    public const string HttpClientName = "GovernanceBot.BotFramework.Metadata";

    public OpenIdMetadata Channel { get; } =
        new(options.Value.ChannelMetadataUrl, httpClientFactory.CreateClient(HttpClientName), time);

    public OpenIdMetadata Entra { get; } =
        new(options.Value.EntraMetadataUrl, httpClientFactory.CreateClient(HttpClientName), time);
}
