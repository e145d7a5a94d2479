using System.Text.Json.Nodes;
using GovernanceBot.Cards;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Routing;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Requests.Cards;

/// <summary>
/// The buttons that act on a request, shared by the notification that asks for a decision and the request card:
/// Approve / Send a representative / Decline (with the reason box), or Acknowledge / Close. Their data carries only
/// the request's opaque id and version (<see cref="CardActions"/>); who acts is always the authenticated sender.
/// </summary>
static class DecisionButtons
{
    /// <summary>The reason box a decline needs; Teams merges its value into the pressed button's data.</summary>
    public static JsonObject ReasonInput() => FormInputs.OptionalText(CardActions.ReasonInputId, "Reason", "Reason (required to decline)");

    /// <summary>Approve, Send a representative (attendance only) and Decline.</summary>
    public static IEnumerable<JsonObject> ForDecision(RoutingFlow flow, string requestId, int version)
    {
        yield return Decide("Approve", Decision.Approve, requestId, version);
        if (flow == RoutingFlow.OfficerAttendance)
        {
            yield return Decide("Send a representative", Decision.SendRepresentative, requestId, version);
        }

        yield return Decide("Decline", Decision.Decline, requestId, version);
    }

    public static JsonObject Decide(string title, Decision decision, string requestId, int version) =>
        Execute(title, CardActions.Decide, CardActions.DecideData(requestId, version, decision));

    public static JsonObject Open(string reference, string requestId) =>
        Execute($"Open {reference}", CardActions.OpenRequest, CardActions.OpenData(requestId));
}
