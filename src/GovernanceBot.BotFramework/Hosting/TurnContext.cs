namespace GovernanceBot.BotFramework;

/// <summary>The adapter's <see cref="ITurnContext"/>. Replies go through the connector, or into a buffer for <c>expectReplies</c>.</summary>
internal sealed class TurnContext(Activity activity, TurnAuthentication authentication, Func<ConnectorClient> connectorFactory) : ITurnContext
{
    private const string ExpectReplies = "expectReplies";
    private readonly Lazy<ConnectorClient> connector = new(connectorFactory);
    private readonly List<Activity> bufferedReplies = [];

    public Activity Activity { get; } = activity;

    public TurnAuthentication Authentication { get; } = authentication;

    public bool Responded { get; private set; }

    public InvokeResponse? InvokeResponse { get; set; }

    public ConnectorClient Connector => connector.Value;

    public bool BuffersReplies => string.Equals(Activity.DeliveryMode, ExpectReplies, StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<Activity> BufferedReplies => bufferedReplies;

    public async Task<ResourceResponse> SendActivityAsync(Activity outgoing, CancellationToken cancellationToken)
    {
        Address(outgoing);
        ResourceResponse response;
        if (BuffersReplies)
        {
            bufferedReplies.Add(outgoing);
            response = new ResourceResponse(null);
        }
        else
        {
            var conversationId = ConversationId(outgoing);
            response = string.IsNullOrEmpty(outgoing.ReplyToId)
                ? await Connector.SendToConversationAsync(conversationId, outgoing, cancellationToken)
                : await Connector.ReplyToActivityAsync(conversationId, outgoing.ReplyToId, outgoing, cancellationToken);
        }

        if (!outgoing.IsType(ActivityTypes.Typing) && !outgoing.IsType(ActivityTypes.Trace))
        {
            Responded = true;
        }

        return response;
    }

    public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken) =>
        SendActivityAsync(MessageFactory.Text(text), cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(Activity outgoing, CancellationToken cancellationToken)
    {
        var activityId = outgoing.Id ?? throw new ArgumentException("The activity to update needs its id.", nameof(outgoing));
        Address(outgoing);
        return Connector.UpdateActivityAsync(ConversationId(outgoing), activityId, outgoing, cancellationToken);
    }

    public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) =>
        Connector.DeleteActivityAsync(ConversationId(Activity), activityId, cancellationToken);

    public Task SendTypingAsync(CancellationToken cancellationToken) =>
        SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);

    private void Address(Activity outgoing)
    {
        var reference = Activity.GetConversationReference();
        outgoing.Type ??= ActivityTypes.Message;
        outgoing.ChannelId ??= reference.ChannelId;
        outgoing.ServiceUrl ??= reference.ServiceUrl;
        outgoing.Conversation ??= reference.Conversation;
        outgoing.From ??= reference.Bot;
        outgoing.Recipient ??= reference.User;
        if (Authentication.IsInbound)
        {
            // Proactive messages start a new message; threading in a channel uses the ";messageid=" conversation id.
            outgoing.ReplyToId ??= reference.ActivityId;
        }
    }

    private static string ConversationId(Activity activity) =>
        activity.Conversation?.Id ?? throw new InvalidOperationException("The activity has no conversation id.");
}
