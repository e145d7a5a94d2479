namespace GovernanceBot.BotFramework;

/// <summary>The application's turn handler. Only authenticated turns reach it.</summary>
public interface IBot
{
    /// <summary>
    /// Handles one activity. Every activity type arrives here, including ones the bot does not know (ignore them);
    /// for an <c>invoke</c> set <see cref="ITurnContext.InvokeResponse"/> or the caller gets 501.
    /// Exceptions propagate to the host, so handle turn failures here.
    /// </summary>
    Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken);
}
