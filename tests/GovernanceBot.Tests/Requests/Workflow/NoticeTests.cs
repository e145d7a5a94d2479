using System.Text.Json;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;

namespace GovernanceBot.Tests.Requests.Workflow;

/// <summary>Who is told what when an attendance request is decided, in words people use.</summary>
public sealed class NoticeTests : IDisposable
{
    readonly WorkflowFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task ARepresentativeDecisionIsTitledInWordsNotTheStatesName()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        await fixture.DecideAsync(request, "derby", "chief-executive", Decision.SendRepresentative);

        var told = Assert.Single(await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None), m => m.Message.Kind == "representative-sent");
        Assert.Equal($"{request.Reference}: A representative will be sent", told.Message.Title);
        Assert.DoesNotContain("RepresentativeSent", told.Message.Title + told.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOfficerAskedToAttendIsToldWhenItIsApproved()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve);

        Assert.Equal(["head-of-planning"], await fixture.RecipientsAsync(request, "derby", RequestNotices.AttendanceAgreed));
        var told = (await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None)).Single(m => m.Message.Kind == RequestNotices.AttendanceAgreed);
        Assert.Contains("the draft local plan", told.Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheRequesterIsNotNotifiedOfTheirOwnSubmission()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());

        Assert.DoesNotContain(await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None),
            m => m.RecipientAadObjectId == request.RequesterAadObjectId);
    }

    [Fact]
    public async Task OtherGroupLeadersAreOfferedTheirOwnRequestWithTheOfficerAndSubjectFilledIn()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve);

        var offers = (await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None)).Where(m => m.Message.Kind == RequestNotices.OtherGroupNotice).ToList();
        Assert.Equal(2, offers.Count);
        var offer = JsonSerializer.Deserialize<Dictionary<string, string>>(offers[0].Message.Offer!)!;
        Assert.Equal(new Dictionary<string, string>
        {
            [RequestFields.OfficerOrService] = "Head of Planning",
            [RequestFields.Subject] = "the draft local plan",
            [RequestFields.MeetingKindField] = RequestFields.FullGroup,
        }, offer);
        Assert.Equal(RoutingFileNames.Of(RoutingFlow.OfficerAttendance), offers[0].Message.Flow);
    }
}
