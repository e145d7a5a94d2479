using System.Collections.Concurrent;
using GovernanceBot.BotFramework;

namespace GovernanceBot.Tests.BotFramework.Support;

/// <summary>Records every turn it gets. Answers invoke <c>respond</c> with a body, a message <c>ping</c> with typing then <c>pong</c>.</summary>
public sealed class RecordingBot : IBot
{
    private readonly ConcurrentQueue<(Activity Activity, TurnAuthentication Authentication)> turns = new();

    public IReadOnlyList<(Activity Activity, TurnAuthentication Authentication)> Turns => [.. turns];

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        turns.Enqueue((turnContext.Activity, turnContext.Authentication));
        if (turnContext.Activity.IsType(ActivityTypes.Invoke) && turnContext.Activity.Name == "respond")
        {
            turnContext.InvokeResponse = new InvokeResponse(200, new { statusCode = 200, type = "application/vnd.microsoft.activity.message", value = "done" });
        }
        else if (turnContext.Activity.IsType(ActivityTypes.Message) && turnContext.Activity.Text == "ping")
        {
            await turnContext.SendTypingAsync(cancellationToken);
            await turnContext.SendActivityAsync("pong", cancellationToken);
        }
    }
}
