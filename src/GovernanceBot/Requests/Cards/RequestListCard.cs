using System.Text;
using System.Text.Json.Nodes;
using GovernanceBot.People;
using GovernanceBot.Cards;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Requests.Cards;

/// <summary>
/// "My requests" or "Waiting for me": each request with its state and an Open button; a request waiting for the
/// viewer's decision also gets Approve (declining needs a reason, so it is done from the opened request).
/// </summary>
public sealed class RequestListCard(string title, string empty, IReadOnlyList<RoutedRequest> requests, Func<string, CouncilDirectory> peopleOf, string viewerAadObjectId, bool actionable) : ICard
{
    public const int MaxShown = 15;

    public JsonObject ToJson()
    {
        var body = new List<JsonObject> { TextBlock(title, weight: "Bolder", size: "Medium") };
        if (requests.Count == 0)
        {
            body.Add(TextBlock(empty));
            return Card(body);
        }

        foreach (var request in requests.Take(MaxShown))
        {
            var actions = new List<JsonObject> { DecisionButtons.Open(request.Reference, request.PublicId) };
            if (actionable && request.State == RequestState.Submitted && request.MayBeDecidedBy(viewerAadObjectId))
            {
                actions.Insert(0, DecisionButtons.Decide("Approve", Decision.Approve, request.PublicId, request.Version));
            }

            body.Add(Container(
                [
                    TextBlock($"{request.Reference} · {RequestText.FlowTitle(request.Flow)} · {RequestText.State(request.State)}", weight: "Bolder"),
                    Words(Line(request)),
                    ActionSet(actions),
                ],
                style: "emphasis",
                spacing: "Medium"));
        }

        if (requests.Count > MaxShown)
        {
            body.Add(TextBlock($"And {requests.Count - MaxShown} more, not shown.", subtle: true));
        }

        return Card(body);
    }

    public string ToPlainText()
    {
        var text = new StringBuilder().AppendLine(title);
        if (requests.Count == 0)
        {
            return text.AppendLine(empty).ToString().TrimEnd();
        }

        foreach (var request in requests.Take(MaxShown))
        {
            text.AppendLine($"- {request.Reference} ({RequestText.FlowTitle(request.Flow)}): {RequestText.State(request.State)}. {Line(request)}");
        }

        return text.ToString().TrimEnd();
    }

    string Line(RoutedRequest request)
    {
        var people = peopleOf(request.CouncilId);
        var who = string.Equals(request.RequesterAadObjectId, viewerAadObjectId, StringComparison.OrdinalIgnoreCase)
            ? $"Sent to {RequestText.Name(people, request.ReceiverAadObjectId)}"
            : $"From {RequestText.Name(people, request.RequesterAadObjectId)}";
        var summary = request.Details.Flow is RoutingFlow.ContactReport or RoutingFlow.StaffingConcern ? "" : $"{Capital(request.Details.Summary)}. ";
        return $"{summary}{who}, {request.SubmittedUtc:d MMMM yyyy}.";
    }

    static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
