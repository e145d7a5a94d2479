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
/// One request as a party to it sees it, including a confidential account (only parties are ever shown this card).
/// When the viewer may still act on it, the decision buttons: Approve / Send a representative / Decline with a
/// reason, or Acknowledge / Close; their data follows the shared contract (verb <c>decide</c>).
/// </summary>
public sealed class RequestCard(RoutedRequest request, CouncilDirectory people, string viewerAadObjectId, string? notice = null) : ICard
{
    const int MaxAccount = 4000;

    public string Reference => request.Reference;

    bool CanAct => request.MayBeDecidedBy(viewerAadObjectId)
        && (request.State is RequestState.Submitted or RequestState.Received
            || (request.State == RequestState.Acknowledged && request.Flow is RoutingFlow.ContactReport or RoutingFlow.StaffingConcern));

    public JsonObject ToJson()
    {
        var body = new List<JsonObject>
        {
            TextBlock($"{request.Reference}: {RequestText.FlowTitle(request.Flow)}", weight: "Bolder", size: "Medium"),
        };
        if (notice is not null)
        {
            body.Add(TextBlock(notice, weight: "Bolder", spacing: "Small"));
        }

        body.Add(LiteralFacts(Facts().Select(f => (f.Label, CardText.Clip(f.Value, CardElementsLimits.FactValue)))));
        if (Account() is { } account)
        {
            body.Add(TextBlock(account.Label, weight: "Bolder", spacing: "Medium"));
            body.Add(Words(CardText.Clip(account.Text, MaxAccount)));
        }

        if (RequestText.Decided(request, people, viewerAadObjectId) is { } decided)
        {
            body.Add(Words(decided));
        }

        if (!string.IsNullOrWhiteSpace(request.DecisionNote))
        {
            body.Add(TextBlock("Reason or note", weight: "Bolder", spacing: "Small"));
            body.Add(Words(CardText.Clip(request.DecisionNote, CardElementsLimits.FactValue)));
        }

        var actions = CanAct ? Actions().ToList() : [];
        if (actions.Count > 0 && Transitions(request.Flow))
        {
            body.Add(DecisionButtons.ReasonInput());
        }

        return Card(body, actions);
    }

    public string ToPlainText()
    {
        var text = new StringBuilder().AppendLine($"{request.Reference}: {RequestText.FlowTitle(request.Flow)}");
        if (notice is not null)
        {
            text.AppendLine(notice);
        }

        foreach (var (label, value) in Facts())
        {
            text.AppendLine($"{label}: {value}");
        }

        if (Account() is { } account)
        {
            text.AppendLine($"{account.Label}: {CardText.Clip(account.Text, MaxAccount)}");
        }

        if (RequestText.Decided(request, people, viewerAadObjectId) is { } decided)
        {
            text.AppendLine(decided);
        }

        return text.ToString().TrimEnd();
    }

    IEnumerable<(string Label, string Value)> Facts()
    {
        yield return ("Status", RequestText.State(request.State));
        yield return ("From", RequestText.Name(people, request.RequesterAadObjectId));
        yield return ("Sent to", RequestText.Name(people, request.ReceiverAadObjectId));
        yield return ("Submitted", request.SubmittedUtc.ToString("d MMMM yyyy"));
        switch (request.Details)
        {
            case OfficerAttendanceRequest a:
                yield return ("Group", people.Groups.FirstOrDefault(g => g.Id == request.GroupId)?.Name ?? "(none)");
                yield return ("Meeting", $"{(a.Kind == MeetingKind.ShadowCabinet ? "Shadow Cabinet" : "Full group")} meeting on {a.MeetingDate:d MMMM yyyy}");
                yield return ("Officer or service", a.OfficerOrService);
                yield return ("Subject", a.Subject);
                break;
            case BriefingRequest b:
                yield return ("Group", people.Groups.FirstOrDefault(g => g.Id == request.GroupId)?.Name ?? "(none)");
                yield return ("Asked for", b.Summary);
                yield return ("Service", b.Service);
                break;
            case ContactReport c:
                yield return ("Councillor", RequestText.Name(people, c.CouncillorAadObjectId));
                yield return ("Date of contact", c.ContactDate.ToString("d MMMM yyyy"));
                break;
            case StaffingConcern s:
                yield return ("Officer", RequestText.Name(people, s.OfficerAadObjectId));
                break;
        }

        yield return ("Protocol", request.CitedAs);
    }

    (string Label, string Text)? Account() => request.Details switch
    {
        ContactReport c => ("What happened", c.Account),
        StaffingConcern s => ("The concern", s.Account),
        _ => null,
    };

    IEnumerable<JsonObject> Actions()
    {
        if (Transitions(request.Flow))
        {
            foreach (var action in DecisionButtons.ForDecision(request.Flow, request.PublicId, request.Version))
            {
                yield return action;
            }

            yield break;
        }

        if (request.State == RequestState.Received)
        {
            yield return Decide("Acknowledge", Decision.Acknowledge);
        }

        yield return Decide("Close", Decision.Close);
    }

    static bool Transitions(RoutingFlow flow) => Workflow.Transitions.NeedsDecision(flow);

    JsonObject Decide(string title, Decision decision) => DecisionButtons.Decide(title, decision, request.PublicId, request.Version);
}

static class CardElementsLimits
{
    public const int FactValue = 500;
}
