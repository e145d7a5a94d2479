using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Conversation;
using GovernanceBot.Storage;

namespace GovernanceBot.Requests.Actions;

/// <summary>
/// Request buttons pressed on clients without Universal Actions: the press arrives as a message whose value is the
/// card's data. A decision replaces the card it came from (the message's <c>replyToId</c>), as Action.Execute would;
/// a decline without a reason asks for it in text, then asks to confirm it, before anything is recorded.
/// </summary>
public sealed partial class SubmittedActions(RequestActions actions, PendingDeclines pending, ILogger<SubmittedActions> logger)
{
    public async Task OnSubmitAsync(ITurnContext turn, ButtonPress action, CancellationToken cancellationToken)
    {
        var reply = await actions.ActAsync(turn.Activity, action, cancellationToken);
        var isDecision = action is DecideAction;
        if (isDecision && await pending.LoadAsync(turn.Activity, cancellationToken) is { } slot)
        {
            // A later press on the card supersedes a decline still waiting for its reason.
            var waiting = reply.ReasonRequired is { } decline
                ? new PendingDecline(decline.RequestId, await ReferenceAsync(turn, decline.RequestId, cancellationToken), decline.Version, turn.Activity.ReplyToId)
                : null;
            await pending.SaveAsync(slot, waiting, cancellationToken);
            if (waiting is not null)
            {
                await turn.SendActivityAsync(AskForReason(waiting.Reference), cancellationToken);
                return;
            }
        }

        await ReplyAsync(turn, await actions.KeepPrivateAsync(turn, reply, cancellationToken), isDecision ? turn.Activity.ReplyToId : null, cancellationToken);
    }

    /// <summary>
    /// Takes typed text as the reason for a decline waiting for one, then asks to confirm it. A question or command
    /// is handed back to be answered and the decline kept waiting: only an answer is taken as the reason.
    /// </summary>
    public async Task<TextTurn> TryContinueAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (await pending.LoadAsync(turn.Activity, cancellationToken) is not { } slot || PendingDeclines.In(slot) is not { } decline)
        {
            return TextTurn.NoDialog;
        }

        if (DialogWords.IsHelp(text))
        {
            await turn.SendActivityAsync(decline.Reason is null ? AskForReason(decline.Reference) : Confirm(decline), cancellationToken);
            return TextTurn.Handled;
        }

        if (DialogWords.IsCancel(text))
        {
            await pending.SaveAsync(slot, null, cancellationToken);
            await turn.SendActivityAsync($"Cancelled: nothing was recorded, and {decline.Reference} is still waiting for your decision.", cancellationToken);
            return TextTurn.Handled;
        }

        if (decline.Reason is not null && IsYes(text))
        {
            return await DeclineAsync(turn, slot, decline, cancellationToken);
        }

        if (FlowIntents.IsQuestionOrCommand(text))
        {
            return TextTurn.Interrupted;
        }

        var withReason = decline with { Reason = text.Trim() };
        await pending.SaveAsync(slot, withReason, cancellationToken);
        await turn.SendActivityAsync(Confirm(withReason), cancellationToken);
        return TextTurn.Handled;
    }

    /// <summary>After a question or command typed while a decline waits: what it waits for.</summary>
    public async Task RemindAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await pending.LoadAsync(turn.Activity, cancellationToken) is { } slot && PendingDeclines.In(slot) is { } decline)
        {
            await turn.SendActivityAsync(decline.Reason is null ? AskForReason(decline.Reference) : Confirm(decline), cancellationToken);
        }
    }

    async Task<TextTurn> DeclineAsync(ITurnContext turn, DialogSlot slot, PendingDecline decline, CancellationToken cancellationToken)
    {
        try
        {
            // Removed before deciding: the same confirmation sent twice decides once.
            await pending.SaveAsync(slot, null, cancellationToken);
        }
        catch (StateConflictException)
        {
            await turn.SendActivityAsync($"Your decline of {decline.Reference} has already been dealt with.", cancellationToken);
            return TextTurn.Handled;
        }

        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } actor)
        {
            await turn.SendActivityAsync("I can't tell who you are in this chat, so I can't act on that.", cancellationToken);
            return TextTurn.Handled;
        }

        var command = new Workflow.DecisionCommand(decline.RequestId, decline.Version, Decision.Decline, decline.Reason);
        var reply = await actions.KeepPrivateAsync(turn, await actions.DecideAsync(command, actor, cancellationToken), cancellationToken);
        await ReplyAsync(turn, reply, decline.CardActivityId, cancellationToken);
        return TextTurn.Handled;
    }

    async Task<string> ReferenceAsync(ITurnContext turn, string requestId, CancellationToken cancellationToken) =>
        (await actions.OpenAsync(requestId, turn.Activity.From!.AadObjectId!, cancellationToken)).Card is Cards.RequestCard card ? card.Reference : "this request";

    static bool IsYes(string text) => DialogWords.IsSend(text) || text.Trim().TrimEnd('.', '!').Equals("decline", StringComparison.OrdinalIgnoreCase)
        || text.Trim().TrimEnd('.', '!').Equals("yes decline it", StringComparison.OrdinalIgnoreCase);

    static string AskForReason(string reference) =>
        $"What is your reason for declining {reference}? Write it in your next message: the requester will see it. Say \"cancel\" to leave the request undecided.";

    static string Confirm(PendingDecline decline) =>
        $"{DeclineConfirmCard.Question(decline.Reference, decline.Reason!)} Say \"yes\" to decline it, \"cancel\" to leave it undecided, or write a different reason.";

    /// <summary>A decision's card replaces <paramref name="cardActivityId"/>; if that fails (or there is none), it is posted.</summary>
    async Task ReplyAsync(ITurnContext turn, ActionReply reply, string? cardActivityId, CancellationToken cancellationToken)
    {
        if (reply.Card is not { } card)
        {
            await turn.SendActivityAsync(reply.Text!, cancellationToken);
            return;
        }

        var activity = CardReply.For(turn.Activity, card);
        if (reply.Decided && cardActivityId is { Length: > 0 } id)
        {
            try
            {
                activity.Id = id;
                activity.ReplyToId = null;
                await turn.UpdateActivityAsync(activity, cancellationToken);
                return;
            }
            catch (Exception exception) when (exception is ConnectorException or HttpRequestException)
            {
                LogCardNotUpdated(logger, exception);
                activity = CardReply.For(turn.Activity, card);
            }
        }

        await turn.SendActivityAsync(activity, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not update the card a decision came from; posting the decided card instead")]
    static partial void LogCardNotUpdated(ILogger logger, Exception exception);
}
