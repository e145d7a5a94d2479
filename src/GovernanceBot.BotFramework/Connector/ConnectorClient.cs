using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.BotFramework;

/// <summary>The Bot Connector REST API (v3) of one service URL.</summary>
public sealed partial class ConnectorClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };
    private readonly HttpClient http;
    private readonly string root;
    private readonly ILogger logger;

    internal ConnectorClient(HttpClient http, Uri serviceUrl, ILogger logger)
    {
        this.http = http;
        this.logger = logger;
        ServiceUrl = serviceUrl;
        root = serviceUrl.AbsoluteUri.TrimEnd('/');
    }

    public Uri ServiceUrl { get; }

    public Task<ResourceResponse> SendToConversationAsync(string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, $"v3/conversations/{Escape(conversationId)}/activities", activity, cancellationToken);

    public Task<ResourceResponse> ReplyToActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Post, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Put, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", activity, cancellationToken);

    public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
        SendAsync<ResourceResponse>(HttpMethod.Delete, $"v3/conversations/{Escape(conversationId)}/activities/{Escape(activityId)}", body: null, cancellationToken);

    /// <summary>Creates (or finds: the call is idempotent) a conversation, e.g. a personal chat for a proactive message.</summary>
    public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendAsync<ConversationResourceResponse>(HttpMethod.Post, "v3/conversations", parameters, cancellationToken);

    /// <summary>One member's profile; <paramref name="memberId"/> may be a 29: id, an AAD object id or a UPN.</summary>
    public Task<TeamsChannelAccount> GetConversationMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken) =>
        SendAsync<TeamsChannelAccount>(HttpMethod.Get, $"v3/conversations/{Escape(conversationId)}/members/{Escape(memberId)}", body: null, cancellationToken);

    private static string Escape(string segment) => Uri.EscapeDataString(segment);

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken) where T : class
    {
        using var request = new HttpRequestMessage(method, $"{root}/{path}");
        if (body is not null)
        {
            // Buffered bytes, so a retried attempt can send the same content again.
            request.Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), BotJson.Options));
            request.Content.Headers.ContentType = Json;
        }

        using var response = await http.SendAsync(request, cancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw Failure(method, response, bytes);
        }

        return bytes.Length == 0 ? EmptyResult<T>() : JsonSerializer.Deserialize<T>(bytes, BotJson.Options) ?? EmptyResult<T>();
    }

    private static T EmptyResult<T>() where T : class =>
        typeof(T) == typeof(ResourceResponse) ? (T)(object)new ResourceResponse(null) : Activator.CreateInstance<T>();

    private ConnectorException Failure(HttpMethod method, HttpResponseMessage response, byte[] body)
    {
        var correlation = response.Headers.TryGetValues("MS-CV", out var values) ? values.FirstOrDefault() : null;
        var code = ConnectorError.Code(body);
        LogFailure(logger, method.Method, (int)response.StatusCode, code, correlation);
        return response.StatusCode == HttpStatusCode.Forbidden && ConnectorError.IsWritesBlocked(code, body)
            ? new ConversationBlockedException(correlation)
            : new ConnectorException(response.StatusCode, code, correlation);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot Connector {Method} failed with {StatusCode} {ErrorCode} (MS-CV {CorrelationVector})")]
    private static partial void LogFailure(ILogger logger, string method, int statusCode, string? errorCode, string? correlationVector);
}
