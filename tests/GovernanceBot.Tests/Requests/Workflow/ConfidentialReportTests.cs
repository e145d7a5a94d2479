using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;

namespace GovernanceBot.Tests.Requests.Workflow;

public sealed class ConfidentialReportTests : IDisposable
{
    readonly WorkflowFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task RushcliffeReportGoesToTheReportersLineManager()
    {
        var request = await fixture.SubmitAsync("rushcliffe", "planning-officer", Samples.Report(fixture.Aad("rushcliffe", "labour-leader")));

        Assert.Equal(RequestState.Received, request.State);
        Assert.Matches(@"^RUS-REP-\d{4}$", request.Reference);
        Assert.Equal(["service-manager-planning"], await fixture.RecipientsAsync(request, "rushcliffe", "report-received"));
        Assert.Empty(await fixture.RecipientsAsync(request, "rushcliffe", "report-submitted"));
    }

    [Fact]
    public async Task RushcliffeReportFromAnOfficerWithNoLineManagerGoesToASeniorManager()
    {
        var request = await fixture.SubmitAsync("rushcliffe", "customer-services-officer", Samples.Report(fixture.Aad("rushcliffe", "labour-leader")));

        var receiver = fixture.Directory.Council("rushcliffe").ByAadObjectId(request.ReceiverAadObjectId)!;
        Assert.True(receiver.Has("senior-manager"));
        Assert.False(request.ProtocolSilent);
    }

    [Fact]
    public async Task LbeReportGoesToTheChiefExecutiveOrTheMonitoringOfficerAsTheOfficerPrefers()
    {
        var councillor = fixture.Aad("lbe", "labour-member");

        var toChiefExecutive = await fixture.SubmitAsync("lbe", "housing-officer", Samples.Report(councillor));
        var toMonitoringOfficer = await fixture.SubmitAsync("lbe", "housing-officer", Samples.Report(councillor), preferredReceiverId: "monitoring-officer");

        Assert.Equal(fixture.Aad("lbe", "chief-executive"), toChiefExecutive.ReceiverAadObjectId);
        Assert.Equal(fixture.Aad("lbe", "monitoring-officer"), toMonitoringOfficer.ReceiverAadObjectId);
        Assert.Equal("LBE-REP-0002", toMonitoringOfficer.Reference);
    }

    [Fact]
    public async Task DerbyReportIsHandedToTheDefaultContactSayingTheProtocolPrescribesNoRoute()
    {
        var result = await fixture.Workflow.SubmitAsync(
            new Submission("derby", Samples.Report(fixture.Aad("derby", "alex-morgan"))), fixture.Aad("derby", "head-of-planning"), CancellationToken.None);

        Assert.True(result.ProtocolSilent);
        Assert.Equal("head-of-democratic-services", result.Receiver!.Id);
        Assert.Contains("does not prescribe a route", result.Guidance);
        var notice = (await fixture.Outbox.ForReferenceAsync(result.Request!.Reference, CancellationToken.None)).Single();
        Assert.Equal("report-received", notice.Message.Kind);
        Assert.Contains("does not prescribe a route", notice.Message.Text);
    }

    [Theory]
    [InlineData("derby", "head-of-planning", "alex-morgan")]
    [InlineData("lbe", "planning-officer", "conservative-whip")]
    [InlineData("rushcliffe", "planning-officer", "conservative-member")]
    public async Task NamedCouncillorAndGroupLeadersNeitherHearOfNorSeeTheReport(string council, string reporter, string councillor)
    {
        var request = await fixture.SubmitAsync(council, reporter, Samples.Report(fixture.Aad(council, councillor)));
        await fixture.Workflow.DecideAsync(new DecisionCommand(request.PublicId, 1, Decision.Acknowledge), request.ReceiverAadObjectId, CancellationToken.None);

        var recipients = (await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None)).Select(m => m.RecipientAadObjectId).ToHashSet();
        Assert.Equal(new[] { fixture.Aad(council, reporter), request.ReceiverAadObjectId }.Order(), recipients.Order());
        var people = fixture.Directory.Council(council);
        var outsiders = people.Groups.Select(people.LeaderOf).Append(fixture.Person(council, councillor)).Select(p => p.AadObjectId).Distinct();
        foreach (var outsider in outsiders)
        {
            Assert.DoesNotContain(outsider, recipients);
            Assert.Empty(await fixture.Workflow.ListForAsync(outsider, CancellationToken.None));
            Assert.Null(await fixture.Workflow.GetAsync(request.PublicId, outsider, CancellationToken.None));
        }
    }

    [Fact]
    public async Task ReporterAndReceiverSeeTheReportAndItsStatus()
    {
        var request = await fixture.SubmitAsync("lbe", "planning-officer", Samples.Report(fixture.Aad("lbe", "labour-member")));
        var receiver = request.ReceiverAadObjectId;

        var waiting = await fixture.Workflow.WaitingForMeAsync(receiver, CancellationToken.None);
        var acknowledged = await fixture.Workflow.DecideAsync(new DecisionCommand(request.PublicId, 1, Decision.Acknowledge), receiver, CancellationToken.None);
        var mine = await fixture.Workflow.MyRequestsAsync(fixture.Aad("lbe", "planning-officer"), CancellationToken.None);
        var closed = await fixture.Workflow.DecideAsync(new DecisionCommand(request.PublicId, 2, Decision.Close), receiver, CancellationToken.None);

        Assert.Equal(Samples.ReportText, Assert.IsType<ContactReport>(Assert.Single(waiting).Details).Account);
        Assert.Equal(RequestState.Acknowledged, Assert.Single(mine).State);
        Assert.Equal(RequestState.Closed, closed.Request!.State);
        Assert.Empty(await fixture.Workflow.WaitingForMeAsync(receiver, CancellationToken.None));
        Assert.Equal(["planning-officer"], await fixture.RecipientsAsync(request, "lbe", "report-closed"));
    }

    [Fact]
    public async Task ReportTextNeverReachesTheOutboxOrTheAudit()
    {
        var request = await fixture.SubmitAsync("rushcliffe", "planning-officer", Samples.Report(fixture.Aad("rushcliffe", "labour-leader")));
        await fixture.Workflow.DecideAsync(new DecisionCommand(request.PublicId, 1, Decision.Acknowledge), request.ReceiverAadObjectId, CancellationToken.None);
        await fixture.Dispatcher(fixture.Inbox).DispatchPendingAsync(CancellationToken.None);

        var messages = await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None);
        var csv = new StringWriter();
        await fixture.Audit.ExportCsvAsync("rushcliffe", csv, CancellationToken.None);

        Assert.NotEmpty(messages);
        Assert.All(messages, m => Assert.DoesNotContain("Riverside", m.Message.Text));
        Assert.Contains(request.Reference, csv.ToString());
        Assert.DoesNotContain("Riverside", csv.ToString());
        Assert.DoesNotContain("Riverside", string.Join("", (await fixture.Inbox.ListAsync(null, CancellationToken.None)).Select(d => d.Message.Text)));
    }

    [Fact]
    public async Task OnlyOfficersReportAndOnlyCouncillorsCanBeNamed()
    {
        var byCouncillor = await fixture.Workflow.SubmitAsync(
            new Submission("derby", Samples.Report(fixture.Aad("derby", "jo-clarke"))), fixture.Aad("derby", "alex-morgan"), CancellationToken.None);
        var namingAnOfficer = await fixture.Workflow.SubmitAsync(
            new Submission("derby", Samples.Report(fixture.Aad("derby", "chief-executive"))), fixture.Aad("derby", "head-of-planning"), CancellationToken.None);

        Assert.Equal(SubmitOutcome.OnlyOfficersReport, byCouncillor.Outcome);
        Assert.Equal(SubmitOutcome.UnknownPersonNamed, namingAnOfficer.Outcome);
    }
}
