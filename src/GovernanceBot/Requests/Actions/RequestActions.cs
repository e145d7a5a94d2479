using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.People;
using GovernanceBot.Requests.Cards;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Conversation;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Actions;

/// <summary>
/// The buttons on request cards (decide, open), whether they arrive as an <c>adaptiveCard/action</c> invoke or, from
/// older clients, as a message carrying the data (<see cref="SubmittedActions"/>). The actor is always the turn's
/// sender; the workflow checks the request's id and version. A confidential request is shown only in the actor's
/// personal chat: pressed in a group, its card goes there and the group is told only that it was sent privately.
/// </summary>
public sealed class RequestActions(RequestWorkflow workflow, ICouncilDirectory directory, RoutingRules rules, Confidentiality confidentiality, PrivateChats privateChats)
{
    public const string InvokeName = "adaptiveCard/action";

    public async Task OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value is JsonElement element ? element : default;
        var action = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("action", out var a) ? a : default;
        var data = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var d) ? d : default;
        var reply = await ActAsync(turn.Activity, CardActions.Parse(CardActions.String(action, "verb"), data), cancellationToken);
        reply = await KeepPrivateAsync(turn, reply, cancellationToken);
        turn.InvokeResponse = new InvokeResponse(200, reply.Card is { } card
            ? new JsonObject { ["statusCode"] = 200, ["type"] = CardAttachment.ContentType, ["value"] = card.ToJson() }
            : new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = reply.Text });
    }

    /// <summary>A confidential card asked for outside a personal chat goes to the personal chat; the reply here says so.</summary>
    internal async Task<ActionReply> KeepPrivateAsync(ITurnContext turn, ActionReply reply, CancellationToken cancellationToken)
    {
        if (!reply.Confidential || reply.Card is not { } card || PrivateChats.IsPersonal(turn.Activity))
        {
            return reply;
        }

        if (await privateChats.OpenAsync(turn, cancellationToken) is not { } chat)
        {
            return new("That request is confidential, so I only show it in a personal chat with you, and I couldn't open one. Please message me directly.");
        }

        await privateChats.SendAsync(turn, chat, CardReply.For(turn.Activity, card), cancellationToken);
        return new(reply.Decided ? "Done. That request is confidential, so I've sent it to you privately." : "That request is confidential, so I've sent it to you privately.")
        {
            Decided = reply.Decided,
        };
    }

    internal async Task<ActionReply> ActAsync(Activity activity, ButtonPress? action, CancellationToken cancellationToken)
    {
        if (activity.From?.AadObjectId is not { Length: > 0 } actor)
        {
            return new("I can't tell who you are in this chat, so I can't act on that.");
        }

        return action switch
        {
            OpenAction open => await OpenAsync(open.RequestId, actor, cancellationToken),
            DecideAction { Decision: Decision.Decline, Confirmed: false } decline => await ConfirmDeclineAsync(decline, actor, cancellationToken),
            DecideAction decide => await DecideAsync(new DecisionCommand(decide.RequestId, decide.Version, decide.Decision, decide.Reason), actor, cancellationToken),
            _ => new("I couldn't read that button, so nothing was recorded. Say \"waiting for me\" to see what needs you."),
        };
    }

    internal async Task<ActionReply> OpenAsync(string requestId, string actor, CancellationToken cancellationToken) =>
        await workflow.GetAsync(requestId, actor, cancellationToken) is { } request ? CardFor(request, actor) : new(ActionReply.NotFound);

    /// <summary>A decline with its reason asks to be confirmed first; without one, the reason is asked for.</summary>
    async Task<ActionReply> ConfirmDeclineAsync(DecideAction decline, string actor, CancellationToken cancellationToken)
    {
        if (await workflow.GetAsync(decline.RequestId, actor, cancellationToken) is not { } request)
        {
            return new(ActionReply.NotFound);
        }

        if (!request.MayBeDecidedBy(actor) || !Workflow.Transitions.NeedsDecision(request.Flow))
        {
            return await DecideAsync(new DecisionCommand(decline.RequestId, decline.Version, decline.Decision, decline.Reason), actor, cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(decline.Reason))
        {
            return CardFor(request, actor, "A decline needs a reason: write it in the Reason box, then press Decline again.") with { ReasonRequired = decline };
        }

        return new ActionReply(new DeclineConfirmCard(request.Reference, request.PublicId, decline.Version, decline.Reason.Trim()))
        {
            Confidential = confidentiality.IsConfidential(request),
        };
    }

    internal async Task<ActionReply> DecideAsync(DecisionCommand command, string actor, CancellationToken cancellationToken)
    {
        var result = await workflow.DecideAsync(command, actor, cancellationToken);
        return (result.Outcome, result.Refusal) switch
        {
            (DecisionOutcome.Decided, _) => CardFor(result.Request!, actor) with { Decided = true },
            (DecisionOutcome.AlreadyDecided, _) => CardFor(result.Request!, actor, "This request was already decided, so nothing has changed and no one was told again."),
            (_, RefusalReason.ReasonRequired) => await CurrentAsync(command.RequestId, actor, "A decline needs a reason: write it in the Reason box, then press Decline again.", cancellationToken),
            (_, RefusalReason.StaleVersion) => await CurrentAsync(command.RequestId, actor, "That card was out of date: the request has changed since it was sent. Nothing was recorded; here it is as it is now.", cancellationToken),
            (_, RefusalReason.NotDecider) => await WhoDecidesAsync(command.RequestId, actor, cancellationToken),
            (_, RefusalReason.DecisionNotAllowed) => new("That decision doesn't apply to this request, so nothing was recorded."),
            _ => new(ActionReply.NotFound),
        };
    }

    /// <summary>Who decides, for a party to the request who does not (the requester): from the council's rule.</summary>
    async Task<ActionReply> WhoDecidesAsync(string requestId, string actor, CancellationToken cancellationToken) =>
        await workflow.GetAsync(requestId, actor, cancellationToken) is { } request
            ? new($"{ReceiverWords.OnlyThoseWhoAct(rules.For(request.CouncilId, request.Flow))} Nothing was recorded or sent.")
            : new(ActionReply.NotFound);

    async Task<ActionReply> CurrentAsync(string requestId, string actor, string notice, CancellationToken cancellationToken) =>
        await workflow.GetAsync(requestId, actor, cancellationToken) is { } request ? CardFor(request, actor, notice) : new(ActionReply.NotFound);

    ActionReply CardFor(RoutedRequest request, string actor, string? notice = null) =>
        new(new RequestCard(request, directory.Council(request.CouncilId), actor, notice)) { Confidential = confidentiality.IsConfidential(request) };
}
