using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;

namespace GovernanceBot.Tests.Requests.Workflow;

public sealed class StaffingConcernTests : IDisposable
{
    readonly WorkflowFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Theory]
    [InlineData("planning-officer", "service-director-planning")]
    [InlineData("service-director-housing", "executive-director-regeneration")]
    [InlineData("executive-director-children", "chief-executive")]
    [InlineData("chief-executive", "monitoring-officer")]
    public async Task LbeConcernIsRoutedByTheOfficersLevel(string officer, string expectedReceiver)
    {
        var request = await fixture.SubmitAsync("lbe", "labour-member", Samples.Concern(fixture.Aad("lbe", officer)));

        Assert.Equal(fixture.Aad("lbe", expectedReceiver), request.ReceiverAadObjectId);
        Assert.Matches(@"^LBE-STF-\d{4}$", request.Reference);
    }

    [Fact]
    public async Task LbeConcernAboutADirectorMayGoToTheChiefExecutiveInstead()
    {
        var request = await fixture.SubmitAsync("lbe", "labour-member", Samples.Concern(fixture.Aad("lbe", "service-director-housing")), preferredReceiverId: "chief-executive");

        Assert.Equal(fixture.Aad("lbe", "chief-executive"), request.ReceiverAadObjectId);
    }

    [Fact]
    public async Task RushcliffeConcernAboutTheChiefExecutiveGoesToADirectorNotToThem()
    {
        var result = await fixture.Workflow.SubmitAsync(
            new Submission("rushcliffe", Samples.Concern(fixture.Aad("rushcliffe", "chief-executive"))), fixture.Aad("rushcliffe", "labour-leader"), CancellationToken.None);

        Assert.NotEqual("chief-executive", result.Receiver!.Id);
        Assert.True(result.Receiver.Has("executive-director"));
        Assert.Contains("never in a public meeting", result.Guidance);
    }

    [Fact]
    public async Task OfficerConcernedNeverSeesOrHearsOfTheConcern()
    {
        var officer = fixture.Aad("lbe", "planning-officer");
        var request = await fixture.SubmitAsync("lbe", "green-leader", Samples.Concern(officer));

        Assert.DoesNotContain(await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None), m => m.RecipientAadObjectId == officer);
        Assert.Empty(await fixture.Workflow.ListForAsync(officer, CancellationToken.None));
        Assert.Null(await fixture.Workflow.GetAsync(request.PublicId, officer, CancellationToken.None));
    }

    [Fact]
    public async Task DerbyConcernIsHandedToTheDefaultContact()
    {
        var result = await fixture.Workflow.SubmitAsync(
            new Submission("derby", Samples.Concern(fixture.Aad("derby", "head-of-planning"))), fixture.Aad("derby", "alex-morgan"), CancellationToken.None);

        Assert.True(result.ProtocolSilent);
        Assert.Equal(fixture.Directory.Council("derby").DefaultContact, result.Receiver);
    }
}
