using System.Text.Json.Nodes;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

public sealed class BriefingFlowTests(BotApp app) : IClassFixture<BotApp>
{
    // The chief officer over planning in the sample directory: the Head of Planning's director.
    const string DirectorOfCommunities = "22222222-2222-4222-8222-000000000001";

    [Fact]
    public async Task SpokespersonBriefingGoesToTheServicesChiefOfficerWithTheFactsOnlyRuleAndNoOtherGroupIsTold()
    {
        var form = Assert.Single(await app.SayAsync(LabourLeader, "brief-card", "request a briefing"));
        Assert.Contains("facts and professional advice", Texts(form), StringComparison.Ordinal);

        var confirm = Assert.Single(await app.SubmitAsync(LabourLeader, "brief-card", new JsonObject
        {
            ["action"] = "dialog", ["step"] = "form", ["flow"] = "briefing",
            ["briefingKind"] = "spokesperson-briefing", ["service"] = "planning", ["subject"] = "the planning enforcement backlog",
        }));
        Assert.Contains("facts and professional advice", Texts(confirm), StringComparison.Ordinal);
        var sent = Assert.Single(await app.SubmitAsync(LabourLeader, "brief-card", new JsonObject { ["action"] = "dialog", ["step"] = "confirm", ["choice"] = "send" }));
        Assert.StartsWith("Sent: your reference is DER-BRF-", sent.Text, StringComparison.Ordinal);

        var request = Assert.Single(await app.Services.GetRequiredService<RequestWorkflow>().MyRequestsAsync(LabourLeader, CancellationToken.None));
        Assert.Equal(DirectorOfCommunities, request.ReceiverAadObjectId);
        var approved = await app.InvokeAsync(DirectorOfCommunities, "brief-planning", "decide", Decide(request, "Approve"));

        Assert.Contains("Approved by you on", InvokeText(approved), StringComparison.Ordinal);
        var outbox = await OutboxAsync(app, request.Reference);
        Assert.Contains(outbox, m => m.Message.Kind == "request-approved" && m.RecipientAadObjectId == LabourLeader);
        Assert.DoesNotContain(outbox, m => m.Message.Kind == "other-group-notice");
    }
}
