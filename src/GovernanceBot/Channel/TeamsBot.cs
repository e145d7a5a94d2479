using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Dialogs;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>
/// The turn handler: routes each activity to what handles it, and is the one place a failed turn is dealt with.
/// </summary>
public sealed partial class TeamsBot(
    ConversationReferenceRecorder references,
    Commands commands,
    QuestionTurn questions,
    CardSubmissions submissions,
    FormDialog dialogs,
    RequestActions requests,
    SubmittedActions submittedRequests,
    Welcome welcome,
    ConversationState conversationState,
    ILogger<TeamsBot> logger) : IBot
{
    const string Prompt =
        "Ask me a question about your council's protocol on councillor and officer relations, for example \"Can an officer attend our group meeting?\". Say \"help\" to see what I can do.";

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        try
        {
            await references.RecordAsync(turnContext, cancellationToken);
            await RouteAsync(turnContext, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            await RecoverAsync(turnContext, exception, cancellationToken);
        }
    }

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
        else if (activity.IsType(ActivityTypes.Invoke) && activity.Name == RequestActions.InvokeName)
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

        // A decline waiting for its reason takes the message, then an unfinished form (their own cancel and help
        // included); otherwise commands, then questions.
        if (await submittedRequests.TryContinueAsync(turn, text, cancellationToken) || await dialogs.TryContinueAsync(turn, text, cancellationToken))
        {
            return;
        }

        if (!await commands.TryRunAsync(turn, text, cancellationToken))
        {
            await questions.AnswerAsync(turn, text, cancellationToken);
        }
    }

    async Task RecoverAsync(ITurnContext turn, Exception exception, CancellationToken cancellationToken)
    {
        var reference = Guid.NewGuid().ToString("N")[..8];
        LogTurnFailed(reference, turn.Activity.Type, exception);
        try
        {
            if (turn.Activity is { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation })
            {
                await conversationState.ResetAsync(channel, conversation, cancellationToken);
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

    [LoggerMessage(LogLevel.Error, "Could not recover from failed turn (ref {Reference})")]
    partial void LogRecoveryFailed(string reference, Exception exception);
}
