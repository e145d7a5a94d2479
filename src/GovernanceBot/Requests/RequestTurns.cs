using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Requests.Actions;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Conversation;
using GovernanceBot.Requests.Forms;
using GovernanceBot.Requests.Lists;

namespace GovernanceBot.Requests;

/// <summary>
/// The request slice as the channel sees it: typed text (a decline's reason, a form's answer, a command), a card's
/// button (by the <see cref="CardActions"/> contract), an <c>adaptiveCard/action</c> invoke. The channel only routes.
/// </summary>
public sealed class RequestTurns(FormDialog forms, SubmittedActions submitted, RequestActions actions, RequestLists lists, DialogStore dialogs)
{
    public const string InvokeName = RequestActions.InvokeName;

    /// <summary>
    /// Offers typed text to what waits for the user's answer (a decline's reason first, then a form). Interrupted: the
    /// text is a question or command for the channel to answer; call <see cref="RemindAsync"/> afterwards.
    /// </summary>
    public async Task<TextTurn> ContinueAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        var decline = await submitted.TryContinueAsync(turn, text, cancellationToken);
        return decline != TextTurn.NoDialog ? decline : await forms.TryContinueAsync(turn, text, cancellationToken);
    }

    /// <summary>Says what still waits for the user's answer, after their question or command was answered.</summary>
    public async Task RemindAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await submitted.RemindAsync(turn, cancellationToken);
        await forms.RemindAsync(turn, cancellationToken);
    }

    /// <summary>Runs a request command ("report a councillor", "my requests", "DER-REP-0001"); false when the text is not one.</summary>
    public async Task<bool> TryCommandAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (FlowIntents.Match(text) is not { } intent)
        {
            return false;
        }

        await (intent.Kind switch
        {
            IntentKind.MyRequests => lists.MyRequestsAsync(turn, cancellationToken),
            IntentKind.WaitingForMe => lists.WaitingForMeAsync(turn, cancellationToken),
            IntentKind.OpenReference => lists.OpenAsync(turn, intent.Reference!, cancellationToken),
            _ => forms.StartAsync(turn, intent.Flow, new Dictionary<string, string>(), cancellationToken),
        });
        return true;
    }

    /// <summary>Handles a request card's button pressed as Action.Submit; false when the press is not one of the slice's.</summary>
    public async Task<bool> TryCardAsync(ITurnContext turn, ButtonPress? action, CancellationToken cancellationToken)
    {
        switch (action)
        {
            case StartFlowAction start:
                await forms.StartAsync(turn, start.Flow, start.Prefill, cancellationToken);
                return true;
            case FormStepAction or ConfirmAction:
                await forms.ContinueWithCardAsync(turn, action, cancellationToken);
                return true;
            case DecideAction or OpenAction:
                await submitted.OnSubmitAsync(turn, action, cancellationToken);
                return true;
            default:
                return false;
        }
    }

    public Task OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken) => actions.OnInvokeAsync(turn, cancellationToken);

    /// <summary>Forgets what the turn read of the user's dialogs, so a turn retried after a state conflict reads them afresh.</summary>
    public void ForgetTurn(Activity activity) => dialogs.ForgetTurn(activity);

    /// <summary>Deletes the user's own dialogs in this conversation (their state could not be read), and no one else's.</summary>
    public Task ResetUserAsync(Activity activity, CancellationToken cancellationToken) => dialogs.ResetAsync(activity, cancellationToken);
}
