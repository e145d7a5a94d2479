using System.Text.Json.Nodes;
using GovernanceBot.Cards;
using GovernanceBot.Notifications;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Requests.Cards;

/// <summary>
/// A request notification as Teams shows it (see contract-cards): title, text, the clause it follows, a confidential
/// marker, and when the recipient must act, the decision buttons or an "Open" button. The buttons carry only ids and
/// the version; who acts is always taken from the authenticated activity, never from this data.
/// </summary>
public sealed class RequestNotificationCard : ICard
{
    internal const string ConfidentialMarker = "Confidential: do not forward or discuss this outside the people it names.";
    const int MaxTitle = 200;
    const int MaxText = 2000;
    const int MaxCitation = 200;

    readonly NotificationMessage message;

    RequestNotificationCard(NotificationMessage message) => this.message = message;

    public static ICard For(NotificationMessage message) => new RequestNotificationCard(message);

    string Title => CardText.Clip(message.Title, MaxTitle);

    string Text => CardText.Clip(message.Text, MaxText);

    string? Protocol => string.IsNullOrWhiteSpace(message.CitedAs) ? null : $"Protocol: {CardText.Clip(message.CitedAs, MaxCitation)}";

    public JsonObject ToJson()
    {
        var body = new List<JsonObject> { TextBlock(Title, weight: "Bolder", size: "Medium") };
        if (message.Confidential)
        {
            body.Add(TextBlock(ConfidentialMarker, weight: "Bolder", spacing: "Small"));
        }

        // The text quotes what the requester typed (a subject, an officer's name): shown exactly as written.
        body.Add(Words(Text));
        if (Protocol is { } protocol)
        {
            body.Add(TextBlock(protocol, size: "Small", subtle: true));
        }

        var actions = new List<JsonObject>();
        if (message is { Actionable: true, Kind: RequestNotices.DecisionNeeded } && FlowNeedingDecision() is { } flow)
        {
            body.Add(DecisionButtons.ReasonInput());
            actions.AddRange(DecisionButtons.ForDecision(flow, message.RequestId, message.RequestVersion));
        }
        else if (message is { Actionable: true, Kind: RequestNotices.ReportReceived })
        {
            actions.Add(DecisionButtons.Open(message.Reference, message.RequestId));
        }
        else if (message is { Kind: RequestNotices.OtherGroupNotice, Offer: { Length: > 0 } json }
            && System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, string>>(json) is { } offer)
        {
            actions.Add(Submit(message.Flow == RoutingFileNames.Of(RoutingFlow.Briefing) ? "Ask for the same for your group" : "Request attendance for your group",
                CardActions.StartFlowData(message.Flow, offer)));
        }

        return Card(body, actions);
    }

    /// <summary>"{Title}\n\n{Text}", as the contract fixes it for the activity's <c>text</c>.</summary>
    public string ToPlainText() => $"{Title}\n\n{Text}";

    RoutingFlow? FlowNeedingDecision() => message.Flow switch
    {
        var f when f == RoutingFileNames.Of(RoutingFlow.OfficerAttendance) => RoutingFlow.OfficerAttendance,
        var f when f == RoutingFileNames.Of(RoutingFlow.Briefing) => RoutingFlow.Briefing,
        _ => null,
    };
}
