using System.Text.Json;
using System.Text.Json.Nodes;
using GovernanceBot.People;
using GovernanceBot.Requests.Cards;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;
using GovernanceBot.Tests.Cards;
using GovernanceBot.Tests.Requests.Workflow;

namespace GovernanceBot.Tests.Requests.Contract;

/// <summary>The one contract between cards and handlers: what each button carries reads back as the action it is.</summary>
public sealed class CardActionsTests
{
    static readonly string Id = RequestIds.FromForm("form-1");

    public static TheoryData<string, ButtonPress> Presses => new()
    {
        { CardActions.StartFlowData("officer-attendance").ToJsonString(), new StartFlowAction("officer-attendance", new Dictionary<string, string>()) },
        { CardActions.ConfirmData("form-1", send: true).ToJsonString(), new ConfirmAction("form-1", true) },
        { CardActions.ConfirmData("form-1", send: false).ToJsonString(), new ConfirmAction("form-1", false) },
        { CardActions.DecideData(Id, 3, Decision.SendRepresentative).ToJsonString(), new DecideAction(Id, 3, Decision.SendRepresentative, null, false) },
        { CardActions.DecideData(Id, 3, Decision.Decline, confirmedReason: "Too political.").ToJsonString(), new DecideAction(Id, 3, Decision.Decline, "Too political.", true) },
        { CardActions.OpenData(Id).ToJsonString(), new OpenAction(Id) },
        { CardActions.FeedbackData("answer-1", helpful: false).ToJsonString(), new FeedbackAction("answer-1", false) },
    };

    [Theory]
    [MemberData(nameof(Presses))]
    public void WhatAButtonCarriesReadsBackAsItsAction(string data, ButtonPress expected)
    {
        var read = CardActions.Parse(null, JsonDocument.Parse(data).RootElement);

        Assert.Equal(expected.GetType(), read!.GetType());
        Assert.Equal(JsonSerializer.Serialize((object)expected), JsonSerializer.Serialize((object)read));
    }

    [Theory]
    [InlineData("""{"action":"decide","request":"x","version":"one","decision":"Approve"}""")]
    [InlineData("""{"action":"decide","request":"x","version":1,"decision":"Annihilate"}""")]
    [InlineData("""{"action":"decide","request":"x","version":1,"decision":"99"}""")]
    [InlineData("""{"action":"openRequest"}""")]
    [InlineData("""{"action":"launchMissiles"}""")]
    [InlineData("""[1,2]""")]
    public void AnythingOfAnotherShapeReadsAsNoAction(string data) => Assert.Null(CardActions.Parse(null, JsonDocument.Parse(data).RootElement));

    [Fact]
    public void RequestButtonsCarryTheOpaqueIdAndNeverTheRowNumberOrTheReference()
    {
        var people = FileCouncilDirectory.Load(WorkflowFixture.Catalog).Council("derby");
        var request = new RoutedRequest(7, Id, "DER-ATT-0007", "derby", RoutingFlow.OfficerAttendance, RequestState.Submitted, 1,
            "11111111-1111-4111-8111-000000000001", "11111111-1111-4111-8111-000000000005", [], "labour", Samples.Attendance(),
            "derby-working-together-protocol 28", false, null, null, DateTimeOffset.UnixEpoch, null);
        var cards = new[]
        {
            new RequestCard(request, people, request.ReceiverAadObjectId).ToJson(),
            new RequestListCard("Waiting", "None.", [request], _ => people, request.ReceiverAadObjectId, actionable: true).ToJson(),
        };

        var data = cards.SelectMany(c => CardJson.Objects(c)).Where(o => o["data"] is JsonObject).Select(o => o["data"]!.AsObject()).ToList();

        Assert.NotEmpty(data);
        Assert.All(data, d =>
        {
            Assert.Equal(Id, (string?)d["request"]);
            Assert.True(RequestIds.IsWellFormed((string?)d["request"]));
            Assert.DoesNotContain("DER-ATT-0007", d.ToJsonString(), StringComparison.Ordinal);
            Assert.Null(d["requestId"]);
        });
    }
}
