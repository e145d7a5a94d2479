using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;

namespace GovernanceBot.Tests.Requests.Workflow;

public sealed class BriefingTests : IDisposable
{
    readonly WorkflowFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task DerbySpokespersonBriefingGoesToTheRelevantChiefOfficerAndStaysConfidential()
    {
        var result = await fixture.Workflow.SubmitAsync(
            new Submission("derby", new BriefingRequest("planning", "the planning enforcement backlog", BriefingKind.SpokespersonBriefing)),
            fixture.Aad("derby", "jo-clarke"), CancellationToken.None);
        var request = result.Request!;

        await fixture.DecideAsync(request, "derby", "strategic-director-communities", Decision.Approve);

        Assert.Equal("strategic-director-communities", result.Receiver!.Id);
        Assert.Contains("facts and professional advice only", result.Guidance);
        Assert.True(result.Rule!.Confidential);
        Assert.Equal(["jo-clarke"], await fixture.RecipientsAsync(request, "derby", "request-approved"));
        Assert.Empty(await fixture.RecipientsAsync(request, "derby", "other-group-notice"));
    }

    [Fact]
    public async Task LbeBriefingForOneGroupIsOfferedToEveryOtherGroup()
    {
        var request = await fixture.SubmitAsync("lbe", "green-leader", new BriefingRequest("housing", "temporary accommodation costs", BriefingKind.WrittenReport));

        await fixture.DecideAsync(request, "lbe", "chief-executive", Decision.Approve);

        Assert.Equal(["conservative-leader", "labour-leader"], await fixture.RecipientsAsync(request, "lbe", "other-group-notice"));
    }
}
