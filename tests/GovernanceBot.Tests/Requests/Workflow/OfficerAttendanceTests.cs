using GovernanceBot.Audit;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;

namespace GovernanceBot.Tests.Requests.Workflow;

public sealed class OfficerAttendanceTests : IDisposable
{
    readonly WorkflowFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task SubmittedRequestGoesToTheChiefExecutiveForDecision()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());

        Assert.Equal(RequestState.Submitted, request.State);
        Assert.Matches(@"^DER-ATT-\d{4}$", request.Reference);
        Assert.Equal(["chief-executive"], await fixture.RecipientsAsync(request, "derby", "decision-needed"));
        // The requester hears once, from the reply to their Send, not again through the outbox.
        Assert.Empty(await fixture.RecipientsAsync(request, "derby", "request-submitted"));
        Assert.Equal("labour", request.GroupId);
    }

    [Fact]
    public async Task ApprovalTellsTheRequesterAndTheLeadersOfEveryOtherGroup()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());

        var result = await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve);

        Assert.Equal(DecisionOutcome.Decided, result.Outcome);
        Assert.Equal(RequestState.Approved, result.Request!.State);
        Assert.Equal(["alex-morgan"], await fixture.RecipientsAsync(request, "derby", "request-approved"));
        Assert.Equal(["chris-evans", "jo-clarke"], await fixture.RecipientsAsync(request, "derby", "other-group-notice"));
        var notice = (await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None)).First(m => m.Message.Kind == "other-group-notice");
        Assert.Contains("the draft local plan", notice.Message.Text);
        Assert.Contains("similar facility", notice.Message.Text);
    }

    [Fact]
    public async Task ApprovalOfALeadersRequestTellsThemOnceAndNotTheirOwnGroup()
    {
        var request = await fixture.SubmitAsync("derby", "sam-patel", Samples.Attendance());

        await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve);

        var all = await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None);
        var sam = fixture.Aad("derby", "sam-patel");
        Assert.Single(all, m => m.RecipientAadObjectId == sam && m.Message.Kind != "request-submitted");
        Assert.Equal(["chris-evans", "jo-clarke"], await fixture.RecipientsAsync(request, "derby", "other-group-notice"));
    }

    [Fact]
    public async Task DeclinedRequestTellsNoOtherGroup()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());

        var result = await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Decline, "The matter is too political for an officer to attend.");

        Assert.Equal(RequestState.Declined, result.Request!.State);
        var afterDecision = (await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None)).Where(m => m.Message.RequestVersion == 2).ToList();
        var declined = Assert.Single(afterDecision);
        Assert.Equal(fixture.Aad("derby", "alex-morgan"), declined.RecipientAadObjectId);
        Assert.Equal("request-declined", declined.Message.Kind);
        Assert.Contains("too political", declined.Message.Text);
    }

    [Fact]
    public async Task DeclineWithoutAReasonIsRefused()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());

        var result = await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Decline, " ");

        Assert.Equal((DecisionOutcome.Refused, RefusalReason.ReasonRequired), (result.Outcome, result.Refusal));
    }

    [Fact]
    public async Task AnOutsidersApprovalIsRefusedAsIfTheRequestDidNotExistAuditedAndSendsNothing()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        var before = await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None);

        var result = await fixture.DecideAsync(request, "derby", "jo-clarke", Decision.Approve);

        Assert.Equal((DecisionOutcome.Refused, RefusalReason.NotFound), (result.Outcome, result.Refusal));
        Assert.Null(result.Request);
        Assert.Equal(before.Count, (await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None)).Count);
        Assert.Equal(RequestState.Submitted, (await fixture.Workflow.GetAsync(request.PublicId, fixture.Aad("derby", "alex-morgan"), CancellationToken.None))!.State);
        var refusal = Assert.Single(await fixture.Audit.ReadAsync("derby", CancellationToken.None), e => e.Event == AuditEvents.DecisionRefused);
        Assert.Equal(fixture.Aad("derby", "jo-clarke"), refusal.ActorAadObjectId);
    }

    [Fact]
    public async Task ReplayedApprovalChangesNothingAndSendsNothing()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve);
        var before = await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None);

        var replay = await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve);
        var reversal = await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Decline, "Changed my mind");

        Assert.Equal(DecisionOutcome.AlreadyDecided, replay.Outcome);
        Assert.Equal(DecisionOutcome.AlreadyDecided, reversal.Outcome);
        Assert.Equal(before, await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None));
        Assert.Equal(RequestState.Approved, replay.Request!.State);
        Assert.Equal(2, (await fixture.Audit.ReadAsync("derby", CancellationToken.None)).Count(e => e.Event == AuditEvents.DecisionReplayed));
    }

    [Fact]
    public async Task TamperedOrStaleDecisionsAreRefused()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        var other = await fixture.SubmitAsync("derby", "jo-clarke", Samples.Attendance());
        var chiefExecutive = fixture.Aad("derby", "chief-executive");

        var guessed = await fixture.Workflow.DecideAsync(new DecisionCommand(RequestIds.FromForm("guessed"), 1, Decision.Approve), chiefExecutive, CancellationToken.None);
        var staleVersion = await fixture.Workflow.DecideAsync(new DecisionCommand(request.PublicId, 0, Decision.Approve), chiefExecutive, CancellationToken.None);
        var unknown = await fixture.Workflow.DecideAsync(new DecisionCommand("DER-ATT-9999", 1, Decision.Approve), chiefExecutive, CancellationToken.None);
        var wrongKind = await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Acknowledge);

        Assert.Equal(RefusalReason.NotFound, guessed.Refusal);
        Assert.Equal(RefusalReason.StaleVersion, staleVersion.Refusal);
        Assert.Equal(RefusalReason.NotFound, unknown.Refusal);
        Assert.Equal(RefusalReason.DecisionNotAllowed, wrongKind.Refusal);
        Assert.All(await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None), m => Assert.Equal(1, m.Message.RequestVersion));
        Assert.Equal(4, (await fixture.Audit.ReadAsync(null, CancellationToken.None)).Count(e => e.Event == AuditEvents.DecisionRefused));
    }

    [Fact]
    public async Task ConcurrentApprovalsRecordExactlyOneDecision()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            Task.Run(() => fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve))));

        Assert.Single(results, r => r.Outcome == DecisionOutcome.Decided);
        Assert.All(results.Where(r => r.Outcome != DecisionOutcome.Decided), r => Assert.Equal(DecisionOutcome.AlreadyDecided, r.Outcome));
        Assert.Equal(["alex-morgan"], await fixture.RecipientsAsync(request, "derby", "request-approved"));
        Assert.Equal(["chris-evans", "jo-clarke"], await fixture.RecipientsAsync(request, "derby", "other-group-notice"));
    }

    [Fact]
    public async Task DerbyShadowCabinetAttendanceIsNotAnnouncedToOtherGroups()
    {
        var request = await fixture.SubmitAsync("derby", "jo-clarke", Samples.Attendance(MeetingKind.ShadowCabinet));

        await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve);

        Assert.Equal(["jo-clarke"], await fixture.RecipientsAsync(request, "derby", "request-approved"));
        Assert.Empty(await fixture.RecipientsAsync(request, "derby", "other-group-notice"));
    }

    [Fact]
    public async Task RushcliffeDeputyChiefExecutiveMayDecideInTheChiefExecutivesAbsence()
    {
        var request = await fixture.SubmitAsync("rushcliffe", "labour-leader", Samples.Attendance());

        var waiting = await fixture.Workflow.WaitingForMeAsync(fixture.Aad("rushcliffe", "deputy-chief-executive"), CancellationToken.None);
        var result = await fixture.DecideAsync(request, "rushcliffe", "deputy-chief-executive", Decision.Approve);

        Assert.Contains(waiting, r => r.Id == request.Id);
        Assert.Equal(DecisionOutcome.Decided, result.Outcome);
        Assert.Equal(["conservative-leader", "independent-leader", "libdem-leader"], await fixture.RecipientsAsync(request, "rushcliffe", "other-group-notice"));
    }

    [Fact]
    public async Task LbeExecutiveDirectorMaySendARepresentativeAndOtherGroupsAreTold()
    {
        var request = await fixture.SubmitAsync("lbe", "conservative-whip", Samples.Attendance(), preferredReceiverId: "executive-director-regeneration");

        var byChiefExecutive = await fixture.DecideAsync(request, "lbe", "chief-executive", Decision.Approve);
        var result = await fixture.DecideAsync(request, "lbe", "executive-director-regeneration", Decision.SendRepresentative, "The Service Director, Planning will attend.");

        Assert.Equal(RefusalReason.NotFound, byChiefExecutive.Refusal);
        Assert.Equal(RequestState.RepresentativeSent, result.Request!.State);
        Assert.Equal(["conservative-whip"], await fixture.RecipientsAsync(request, "lbe", "representative-sent"));
        Assert.Equal(["green-leader", "labour-leader"], await fixture.RecipientsAsync(request, "lbe", "other-group-notice"));
    }

    [Fact]
    public async Task OnlyCouncillorsInAGroupMayAskForAttendance()
    {
        var result = await fixture.Workflow.SubmitAsync(new Submission("derby", Samples.Attendance()), fixture.Aad("derby", "head-of-planning"), CancellationToken.None);

        Assert.Equal(SubmitOutcome.NotInPoliticalGroup, result.Outcome);
    }
}
