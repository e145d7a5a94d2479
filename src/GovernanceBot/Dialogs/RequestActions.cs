using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Channel;
using GovernanceBot.People;
using GovernanceBot.Requests;
using GovernanceBot.Routing;

namespace GovernanceBot.Dialogs;

/// <summary>
/// The buttons on request cards (verbs <c>decide</c> and <c>openRequest</c>), whether they arrive as an
/// <c>adaptiveCard/action</c> invoke or, from older clients, as a message carrying the data
/// (<see cref="SubmittedActions"/>). The actor is always the turn's sender; the workflow checks the request id,
/// reference and version the card carries.
/// </summary>
public sealed class RequestActions(RequestWorkflow workflow, ICouncilDirectory directory, RoutingRules rules)
{
    public const string InvokeName = "adaptiveCard/action";

    public async Task OnInvokeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        var value = turn.Activity.Value is JsonElement element ? element : default;
        var action = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("action", out var a) ? a : default;
        var data = action.ValueKind == JsonValueKind.Object && action.TryGetProperty("data", out var d) ? d : default;
        var reply = await ActAsync(turn.Activity, CardValues.String(action, "verb"), data, cancellationToken);
        turn.InvokeResponse = new InvokeResponse(200, reply.Card is { } card
            ? new JsonObject { ["statusCode"] = 200, ["type"] = CardAttachment.ContentType, ["value"] = card.ToJson() }
            : new JsonObject { ["statusCode"] = 200, ["type"] = "application/vnd.microsoft.activity.message", ["value"] = reply.Text });
    }

    internal async Task<ActionReply> ActAsync(Activity activity, string? verb, JsonElement data, CancellationToken cancellationToken)
    {
        if (activity.From?.AadObjectId is not { Length: > 0 } actor)
        {
            return new("I can't tell who you are in this chat, so I can't act on that.");
        }

        if (CardValues.Long(data, "requestId") is not { } requestId || CardValues.String(data, "reference") is not { } reference)
        {
            return new("I couldn't read which request that button is for.");
        }

        return verb switch
        {
            "openRequest" => await OpenAsync(requestId, reference, actor, cancellationToken),
            "decide" => await DecideAsync(requestId, reference, actor, data, cancellationToken),
            _ => new("I didn't recognise that button. Say \"waiting for me\" to see what needs you."),
        };
    }

    async Task<ActionReply> OpenAsync(long requestId, string reference, string actor, CancellationToken cancellationToken) =>
        await workflow.GetAsync(requestId, actor, cancellationToken) is { } request && request.Reference == reference
            ? new(CardFor(request, actor))
            : new("I can't find that request.");

    async Task<ActionReply> DecideAsync(long requestId, string reference, string actor, JsonElement data, CancellationToken cancellationToken)
    {
        if (CardValues.Int(data, "version") is not { } version || !Enum.TryParse<Decision>(CardValues.String(data, "decision"), ignoreCase: true, out var decision)
            || !Enum.IsDefined(decision))
        {
            return new("I couldn't read that decision, so nothing was recorded.");
        }

        return await DecideAsync(new DecisionCommand(requestId, reference, version, decision, CardValues.String(data, DecisionActions.ReasonInputId)), actor, cancellationToken);
    }

    internal async Task<ActionReply> DecideAsync(DecisionCommand command, string actor, CancellationToken cancellationToken)
    {
        var result = await workflow.DecideAsync(command, actor, cancellationToken);
        return (result.Outcome, result.Refusal) switch
        {
            (DecisionOutcome.Decided, _) => new(CardFor(result.Request!, actor)) { Decided = true },
            (DecisionOutcome.AlreadyDecided, _) => new(CardFor(result.Request!, actor, "This request was already decided, so nothing has changed and no one was told again.")),
            (_, RefusalReason.ReasonRequired) => await CurrentAsync(command.RequestId, actor, "A decline needs a reason: write it in the Reason box, then press Decline again.", cancellationToken) with { ReasonRequired = command },
            (_, RefusalReason.StaleVersion) => await CurrentAsync(command.RequestId, actor, "That card was out of date: the request has changed since it was sent. Nothing was recorded; here it is as it is now.", cancellationToken),
            (_, RefusalReason.NotDecider) => new($"{WhoDecides(command.Reference)} Nothing was recorded or sent."),
            (_, RefusalReason.DecisionNotAllowed) => new("That decision doesn't apply to this request, so nothing was recorded."),
            _ => new("I can't find that request."),
        };
    }

    /// <summary>
    /// Who may decide, from the routing rule the card's own reference names (its council and flow), not from the
    /// stored request: whoever pressed the button learns nothing they were not already holding.
    /// </summary>
    string WhoDecides(string reference)
    {
        var matching = rules.All.Where(r => reference.StartsWith(ReferenceNumbers.Prefix(r.CouncilId, r.Flow) + "-", StringComparison.Ordinal)).ToList();
        return matching is [var rule]
            ? ReceiverWords.OnlyThoseWhoAct(rule)
            : "Only the person this request was sent to for a decision (or whoever stands in for them) can decide it.";
    }

    async Task<ActionReply> CurrentAsync(long requestId, string actor, string notice, CancellationToken cancellationToken) =>
        await workflow.GetAsync(requestId, actor, cancellationToken) is { } request
            ? new(CardFor(request, actor, notice))
            : new("I can't find that request.");

    RequestCard CardFor(RoutedRequest request, string actor, string? notice = null) => new(request, directory.Council(request.CouncilId), actor, notice);
}
