using System.Text.Json.Nodes;
using GovernanceBot.Requests;
using GovernanceBot.Routing;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Cards;

/// <summary>
/// The buttons that act on a request, shared by the notification that asks for a decision and the request card:
/// Approve / Send a representative / Decline (with the reason box), or Acknowledge / Close. Their data carries only
/// the request's id, reference and version; who acts is always taken from the authenticated activity.
/// </summary>
static class DecisionActions
{
    public const string Verb = "decide";
    public const string ReasonInputId = "reason";

    /// <summary>The reason box a decline needs; Teams merges its value into the pressed button's data.</summary>
    public static JsonObject ReasonInput() => FormInputs.OptionalText(ReasonInputId, "Reason", "Reason (required to decline)");

    /// <summary>Approve, Send a representative (attendance only) and Decline.</summary>
    public static IEnumerable<JsonObject> ForDecision(RoutingFlow flow, long requestId, string reference, int version)
    {
        yield return Decide("Approve", Decision.Approve, requestId, reference, version);
        if (flow == RoutingFlow.OfficerAttendance)
        {
            yield return Decide("Send a representative", Decision.SendRepresentative, requestId, reference, version);
        }

        yield return Decide("Decline", Decision.Decline, requestId, reference, version);
    }

    public static JsonObject Decide(string title, Decision decision, long requestId, string reference, int version) => Execute(title, Verb, new JsonObject
    {
        ["action"] = Verb,
        ["requestId"] = requestId,
        ["reference"] = reference,
        ["version"] = version,
        ["decision"] = decision.ToString(),
    });
}
