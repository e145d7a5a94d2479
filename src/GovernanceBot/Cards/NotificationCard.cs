using System.Text.Json.Nodes;
using GovernanceBot.Notifications;
using GovernanceBot.Routing;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Cards;

/// <summary>
/// A request notification as Teams shows it (see contract-cards): title, text, the clause it follows, a confidential
/// marker, and when the recipient must act, the decision buttons or an "Open" button. The buttons carry only ids and
/// the version; who acts is always taken from the authenticated activity, never from this data.
/// </summary>
public sealed class NotificationCard : ICard
{
    public const string OpenRequestVerb = "openRequest";
    internal const string ConfidentialMarker = "Confidential: do not forward or discuss this outside the people it names.";
    const int MaxTitle = 200;
    const int MaxText = 2000;
    const int MaxCitation = 200;

    readonly NotificationMessage message;

    NotificationCard(NotificationMessage message) => this.message = message;

    public static ICard For(NotificationMessage message) => new NotificationCard(message);

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

        body.Add(TextBlock(Text));
        if (Protocol is { } protocol)
        {
            body.Add(TextBlock(protocol, size: "Small", subtle: true));
        }

        var actions = new List<JsonObject>();
        if (message is { Actionable: true, Kind: "decision-needed" } && FlowNeedingDecision() is { } flow)
        {
            body.Add(DecisionActions.ReasonInput());
            actions.AddRange(DecisionActions.ForDecision(flow, message.RequestId, message.Reference, message.RequestVersion));
        }
        else if (message.Actionable && message.Kind == "report-received")
        {
            actions.Add(Execute($"Open {message.Reference}", OpenRequestVerb, new JsonObject
            {
                ["action"] = OpenRequestVerb,
                ["requestId"] = message.RequestId,
                ["reference"] = message.Reference,
            }));
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
