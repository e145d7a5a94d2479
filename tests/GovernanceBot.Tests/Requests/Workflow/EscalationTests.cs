using GovernanceBot.Requests.Workflow;

namespace GovernanceBot.Tests.Requests.Workflow;

/// <summary>A report or concern never goes to the person it names, nor back to the person who sent it: it goes up the protocol's chain.</summary>
public sealed class EscalationTests : IDisposable
{
    readonly WorkflowFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task AConcernAboutTheDefaultContactGoesToTheirLineManagerNotToThem()
    {
        var result = await fixture.Workflow.SubmitAsync(
            new Submission("derby", Samples.Concern(fixture.Aad("derby", "head-of-democratic-services"))), fixture.Aad("derby", "jo-clarke"), CancellationToken.None);

        Assert.Equal(SubmitOutcome.Submitted, result.Outcome);
        Assert.Equal("monitoring-officer", result.Receiver!.Id);
        Assert.Equal(Escalation.ReceiverNamed, result.Escalation);
        Assert.Equal(["monitoring-officer"], await fixture.RecipientsAsync(result.Request!, "derby", "report-received"));
        Assert.Null(await fixture.Workflow.GetAsync(result.Request!.PublicId, fixture.Aad("derby", "head-of-democratic-services"), CancellationToken.None));
        Assert.Empty(await fixture.Workflow.WaitingForMeAsync(fixture.Aad("derby", "head-of-democratic-services"), CancellationToken.None));
    }

    [Fact]
    public async Task AReportFiledByTheDefaultContactGoesToTheirLineManagerNotBackToThem()
    {
        var result = await fixture.Workflow.SubmitAsync(
            new Submission("derby", Samples.Report(fixture.Aad("derby", "sam-patel"))), fixture.Aad("derby", "head-of-democratic-services"), CancellationToken.None);

        Assert.Equal("monitoring-officer", result.Receiver!.Id);
        Assert.Equal(Escalation.ReceiverIsRequester, result.Escalation);
        Assert.Empty(await fixture.Workflow.WaitingForMeAsync(fixture.Aad("derby", "head-of-democratic-services"), CancellationToken.None));
    }

    [Fact]
    public async Task AConcernAboutTheChiefExecutiveGoesToTheMonitoringOfficer()
    {
        var result = await fixture.Workflow.SubmitAsync(
            new Submission("lbe", Samples.Concern(fixture.Aad("lbe", "chief-executive"))), fixture.Aad("lbe", "labour-member"), CancellationToken.None);

        Assert.True(fixture.Person("lbe", result.Receiver!.Id).Has(GovernanceBot.People.CouncilRoles.MonitoringOfficer));
    }

    [Fact]
    public async Task TheSameFormSentTwiceMakesOneRequest()
    {
        var submission = new Submission("derby", Samples.Attendance(), FormId: "form-sent-twice");
        var first = await fixture.Workflow.SubmitAsync(submission, fixture.Aad("derby", "alex-morgan"), CancellationToken.None);
        var second = await fixture.Workflow.SubmitAsync(submission, fixture.Aad("derby", "alex-morgan"), CancellationToken.None);

        Assert.Equal(first.Request!.Reference, second.Request!.Reference);
        Assert.True(second.AlreadySent);
        Assert.Single(await fixture.Workflow.MyRequestsAsync(fixture.Aad("derby", "alex-morgan"), CancellationToken.None));
        Assert.Single(await fixture.Outbox.ForReferenceAsync(first.Request.Reference, CancellationToken.None));
    }
}
