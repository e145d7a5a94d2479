using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using GovernanceBot.BotFramework;

namespace GovernanceBot.Tests.BotFramework.Support;

/// <summary>Teams-shaped inbound activities and the requests that carry them.</summary>
public static class Activities
{
    public const string DefaultServiceUrl = "https://smba.trafficmanager.net/amer/";

    public static Activity Message(string text = "hello", string serviceUrl = DefaultServiceUrl, string channelId = "msteams") => new()
    {
        Type = ActivityTypes.Message,
        Id = "1700000000000",
        Timestamp = DateTimeOffset.UtcNow,
        ServiceUrl = serviceUrl,
        ChannelId = channelId,
        From = new ChannelAccount { Id = "29:user", Name = "A Councillor", AadObjectId = "11111111-2222-3333-4444-555555555555" },
        Recipient = new ChannelAccount { Id = $"28:{SigningAuthority.AppId}", Name = "Governance Bot" },
        Conversation = new ConversationAccount { Id = "a:personal-chat", ConversationType = "personal", TenantId = SigningAuthority.TenantId },
        Text = text,
    };

    public static HttpRequestMessage Post(Activity activity, string? authorization = null) =>
        Post(JsonSerializer.Serialize(activity, BotJson.Options), authorization);

    public static HttpRequestMessage Post(string body, string? authorization = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages")
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return request;
    }

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);
}
