using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Conversation;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>
/// The turn handler: routes each activity to what handles it, and is the one place a failed turn is dealt with. A
/// state conflict (two turns of one user at once) is retried; only state that cannot be read is reset, and only that
/// user's dialogs: no other user's form and no conversation-wide state is touched by someone else's failure.
/// </summary>
public sealed partial class TeamsBot(
    ConversationReferenceRecorder references,
    Commands commands,
    QuestionTurn questions,
    CardSubmissions submissions,
    RequestTurns requests,
    Welcome welcome,
    ILogger<TeamsBot> logger) : IBot
{
    const string Prompt =
        "Ask me a question about your council's protocol on councillor and officer relations, for example \"Can an officer attend our group meeting?\". Say \"help\" to see what I can do.";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await references.RecordAsync(turnContext, cancellationToken);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await RouteAsync(turnContext, cancellationToken);
                    return;
                }
                catch (StateConflictException) when (attempt < MaxAttempts && !cancellationToken.IsCancellationRequested)
                {
                    // Another turn of the same user changed their dialog first: run this one again on what it left.
                    LogStateConflict(attempt);
                    requests.ForgetTurn(turnContext.Activity);
                }
            }
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            await RecoverAsync(turnContext, exception, cancellationToken);
        }
    }

    const int MaxAttempts = 3;

    async Task RouteAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        if (activity.IsType(ActivityTypes.Message))
        {
            await OnMessageAsync(turn, cancellationToken);
        }
        else if (Welcome.IsBotAdded(activity) || Welcome.IsInstalled(activity))
        {
            await welcome.GreetAsync(turn, cancellationToken);
        }
        else if (Welcome.IsUninstalled(activity))
        {
            await welcome.ForgetAsync(turn, cancellationToken);
        }
        else if (activity.IsType(ActivityTypes.Invoke) && activity.Name == RequestTurns.InvokeName)
        {
            await requests.OnInvokeAsync(turn, cancellationToken);
        }

        // Invokes the bot does not handle leave InvokeResponse unset (501); other activity types are ignored.
    }

    async Task OnMessageAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.Value is JsonElement { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } value)
        {
            await submissions.HandleAsync(turn, value, cancellationToken);
            return;
        }

        var text = turn.Activity.RemoveRecipientMention();
        if (string.IsNullOrWhiteSpace(text))
        {
            await turn.SendActivityAsync(Prompt, cancellationToken);
            return;
        }

        // A decline waiting for its reason, then an unfinished form, takes an answer (their own cancel and help
        // included); a question or command is answered as usual and they are reminded what still waits.
        var waiting = await requests.ContinueAsync(turn, text, cancellationToken);
        if (waiting == TextTurn.Handled)
        {
            return;
        }

        if (!await commands.TryRunAsync(turn, text, cancellationToken))
        {
            await questions.AnswerAsync(turn, text, cancellationToken);
        }

        if (waiting == TextTurn.Interrupted)
        {
            await requests.RemindAsync(turn, cancellationToken);
        }
    }

    async Task RecoverAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        var reference = Guid.NewGuid().ToString("N")[..8];
        LogTurnFailed(reference, turn.Activity.Type, exception);
        try
        {
            if (exception is DialogStateUnreadableException)
            {
                await requests.ResetUserAsync(turn.Activity, cancellationToken);
            }

            if (!turn.Activity.IsType(ActivityTypes.Invoke))
            {
                await turn.SendActivityAsync($"Something went wrong on my side (ref {reference}). Please try again.", cancellationToken);
            }
        }
        catch (Exception recovery) when (!cancellationToken.IsCancellationRequested)
        {
            LogRecoveryFailed(reference, recovery);
        }
    }

    [LoggerMessage(LogLevel.Error, "Turn failed (ref {Reference}, activity type {ActivityType})")]
    partial void LogTurnFailed(string reference, string? activityType, Exception exception);

    [LoggerMessage(LogLevel.Warning, "State conflict on attempt {Attempt}; running the turn again")]
    partial void LogStateConflict(int attempt);

    [LoggerMessage(LogLevel.Error, "Could not recover from failed turn (ref {Reference})")]
    partial void LogRecoveryFailed(string reference, Exception exception);
}
