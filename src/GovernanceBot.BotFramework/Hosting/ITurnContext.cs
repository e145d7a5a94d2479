namespace GovernanceBot.BotFramework;

/// <summary>One turn: the activity that started it and the ways to answer in its conversation.</summary>
public interface ITurnContext
{
    /// <summary>The inbound activity (or, for a proactive turn, the continuation event).</summary>
    Activity Activity { get; }

    /// <summary>How the caller was established; persist conversation references only when <see cref="TurnAuthentication.IsInbound"/>.</summary>
    TurnAuthentication Authentication { get; }

    /// <summary>True once something other than typing or a trace was sent in this turn.</summary>
    bool Responded { get; }

    /// <summary>The synchronous answer to an <c>invoke</c> activity; unset means 501.</summary>
    InvokeResponse? InvokeResponse { get; set; }

    /// <summary>The connector for this turn's service URL, for calls beyond sending (members, new conversations).</summary>
    ConnectorClient Connector { get; }

    /// <summary>Sends <paramref name="activity"/> to this conversation, filling in the addressing it lacks.</summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Sends a plain-text message to this conversation.</summary>
    Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken);

    /// <summary>Replaces an activity the bot sent earlier (<see cref="Activity.Id"/> names it), e.g. a card after a submit.</summary>
    Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>Deletes an activity the bot sent earlier.</summary>
    Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken);

    /// <summary>Shows the typing indicator for about three seconds.</summary>
    Task SendTypingAsync(CancellationToken cancellationToken);
}
