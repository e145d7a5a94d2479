using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Channel;
using GovernanceBot.Requests;
using GovernanceBot.Storage;

namespace GovernanceBot.Dialogs;

/// <summary>
/// Request buttons pressed on clients without Universal Actions: the press arrives as a message whose value is the
/// card's data. A decision replaces the card it came from (the message's <c>replyToId</c>), as Action.Execute would;
/// a decline without a reason asks for it in text and takes the user's next message as the reason.
/// </summary>
public sealed partial class SubmittedActions(RequestActions actions, PendingDeclines pending, ILogger<SubmittedActions> logger)
{
    public async Task OnSubmitAsync(ITurnContext turn, JsonElement value, CancellationToken cancellationToken)
    {
        var verb = CardValues.String(value, "action");
        var reply = await actions.ActAsync(turn.Activity, verb, value, cancellationToken);
        if (verb == "decide" && await pending.LoadAsync(turn.Activity, cancellationToken) is { } slot)
        {
            // A later press on the card supersedes a decline still waiting for its reason.
            var waiting = reply.ReasonRequired is { } decline
                ? new PendingDecline(decline.RequestId, decline.Reference, decline.ExpectedVersion, turn.Activity.ReplyToId)
                : null;
            await pending.SaveAsync(slot, waiting, cancellationToken);
            if (waiting is not null)
            {
                await turn.SendActivityAsync(AskForReason(waiting.Reference), cancellationToken);
                return;
            }
        }

        await ReplyAsync(turn, reply, verb == "decide" ? turn.Activity.ReplyToId : null, cancellationToken);
    }

    /// <summary>Takes typed text as the reason for a decline waiting for one; false when none is waiting.</summary>
    public async Task<bool> TryContinueAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (await pending.LoadAsync(turn.Activity, cancellationToken) is not { } slot || PendingDeclines.In(slot) is not { } decline)
        {
            return false;
        }

        if (DialogWords.IsHelp(text))
        {
            await turn.SendActivityAsync(AskForReason(decline.Reference), cancellationToken);
            return true;
        }

        try
        {
            // Removed before deciding: the same reason sent twice decides once.
            await pending.SaveAsync(slot, null, cancellationToken);
        }
        catch (StateConflictException)
        {
            await turn.SendActivityAsync($"Your decline of {decline.Reference} has already been dealt with.", cancellationToken);
            return true;
        }

        if (DialogWords.IsCancel(text))
        {
            await turn.SendActivityAsync($"Cancelled: nothing was recorded, and {decline.Reference} is still waiting for your decision.", cancellationToken);
            return true;
        }

        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } actor)
        {
            await turn.SendActivityAsync("I can't tell who you are in this chat, so I can't act on that.", cancellationToken);
            return true;
        }

        var command = new DecisionCommand(decline.RequestId, decline.Reference, decline.Version, Decision.Decline, text.Trim());
        await ReplyAsync(turn, await actions.DecideAsync(command, actor, cancellationToken), decline.CardActivityId, cancellationToken);
        return true;
    }

    static string AskForReason(string reference) =>
        $"What is your reason for declining {reference}? Write it in your next message: the requester will see it. Say \"cancel\" to leave the request undecided.";

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
