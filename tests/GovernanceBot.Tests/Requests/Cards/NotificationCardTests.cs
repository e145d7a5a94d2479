using System.Text.Json.Nodes;
using GovernanceBot.Notifications;
using GovernanceBot.Requests.Cards;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Cards;

namespace GovernanceBot.Tests.Requests.Cards;

public sealed class NotificationCardTests
{
    static readonly string Id = RequestIds.FromForm("form-42");

    static NotificationMessage Message(string kind = "decision-needed", string flow = "officer-attendance", bool confidential = false, bool actionable = true) =>
        new(kind, Id, "DER-2026-0007", "derby", flow, 3, "DER-2026-0007: for your decision", "Alex Morgan (Labour group) asks for the Head of Planning.",
            "Derby Working Together Protocol, para 28", confidential, actionable);

    static JsonObject Json(NotificationMessage message)
    {
        var card = RequestNotificationCard.For(message).ToJson();
        CardJson.AssertValidCard(card);
        return card;
    }

    static JsonArray Actions(JsonObject card) => card["actions"]!.AsArray();

    [Fact]
    public void CardShowsTitleTextAndTheClauseItFollows()
    {
        var texts = CardJson.Texts(Json(Message())).ToList();

        Assert.Equal("DER-2026-0007: for your decision", texts[0]);
        Assert.Contains("Alex Morgan (Labour group) asks for the Head of Planning.", texts);
        Assert.Contains("Protocol: Derby Working Together Protocol, para 28", texts);
        Assert.DoesNotContain(RequestNotificationCard.ConfidentialMarker, texts);
    }

    [Fact]
    public void AttendanceDecisionOffersApproveRepresentativeAndDeclineWithTheRequestVersion()
    {
        var card = Json(Message());

        var actions = Actions(card).Select(a => a!.AsObject()).ToList();
        Assert.Equal(["Approve", "Send a representative", "Decline"], actions.Select(a => (string)a["title"]!));
        Assert.All(actions, a => Assert.Equal(("Action.Execute", "decide"), ((string)a["type"]!, (string)a["verb"]!)));
        var decline = actions[2]["data"]!;
        Assert.Equal(("decide", Id, 3, "Decline"),
            ((string)decline["action"]!, (string)decline["request"]!, (int)decline["version"]!, (string)decline["decision"]!));
        Assert.Equal("SendRepresentative", (string)actions[1]["data"]!["decision"]!);
        var reason = Assert.Single(CardJson.OfType(card, "Input.Text"));
        Assert.Equal(("reason", true, "Reason (required to decline)"), ((string)reason["id"]!, (bool)reason["isMultiline"]!, (string)reason["placeholder"]!));
    }

    [Fact]
    public void BriefingDecisionHasNoRepresentativeButton()
    {
        var titles = Actions(Json(Message(flow: "briefing"))).Select(a => (string)a!["title"]!);

        Assert.Equal(["Approve", "Decline"], titles);
    }

    [Fact]
    public void ConfidentialReportIsMarkedAndOpensTheRequestRatherThanShowingIt()
    {
        var card = Json(Message(kind: "report-received", flow: "contact-report", confidential: true));

        Assert.Contains(RequestNotificationCard.ConfidentialMarker, CardJson.Texts(card));
        var open = Assert.Single(Actions(card))!.AsObject();
        Assert.Equal(("Open DER-2026-0007", "openRequest"), ((string)open["title"]!, (string)open["verb"]!));
        Assert.Equal($$"""{"action":"openRequest","request":"{{Id}}"}""", open["data"]!.ToJsonString());
        Assert.Empty(CardJson.OfType(card, "Input.Text"));
    }

    [Fact]
    public void MessageThatAsksNothingHasNoActions()
    {
        var card = Json(Message(kind: "request-approved", actionable: false));

        Assert.Null(card["actions"]);
        Assert.Empty(CardJson.OfType(card, "Input.Text"));
    }

    [Fact]
    public void PlainTextIsTitleThenText() =>
        Assert.Equal("DER-2026-0007: for your decision\n\nAlex Morgan (Labour group) asks for the Head of Planning.", RequestNotificationCard.For(Message()).ToPlainText());
}
