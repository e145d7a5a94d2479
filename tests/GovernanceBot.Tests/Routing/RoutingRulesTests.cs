using GovernanceBot.People;
using GovernanceBot.Routing;
using GovernanceBot.Tests.Requests.Workflow;

namespace GovernanceBot.Tests.Routing;

public sealed class RoutingRulesTests
{
    static readonly RoutingRules Rules = RoutingRules.Load(WorkflowFixture.Catalog);
    static readonly FileCouncilDirectory Directory = FileCouncilDirectory.Load(WorkflowFixture.Catalog);
    static readonly DocumentTextClauseLookup Clauses = new(WorkflowFixture.Catalog);

    [Fact]
    public void SampleRulesCiteTextThatIsInTheirDocumentsAndRouteToPeopleWhoExist() =>
        Rules.Validate(Clauses, Directory);

    [Theory]
    [InlineData("derby")]
    [InlineData("rushcliffe")]
    [InlineData("lbe")]
    public void EveryCouncilHasARuleForEveryFlow(string council) =>
        Assert.All(Enum.GetValues<RoutingFlow>(), flow => Assert.Equal(flow, Rules.For(council, flow).Flow));

    [Fact]
    public void DerbyIsSilentOnReportsAndStaffingConcernsOnly()
    {
        var silent = Rules.All.Where(r => r.Silent).Select(r => (r.CouncilId, r.Flow)).Order().ToArray();

        Assert.Equal([("derby", RoutingFlow.ContactReport), ("derby", RoutingFlow.StaffingConcern)], silent);
    }

    [Fact]
    public void RuleCitingAClauseThatDoesNotExistFailsNamingCouncilFlowAndQuote()
    {
        var real = Rules.For("derby", RoutingFlow.OfficerAttendance);
        var broken = real with { Clauses = [.. real.Clauses, new ClauseCitation("derby-working-together-protocol", "28A", "officers shall attend every group meeting")] };
        var rules = new RoutingRules([.. Rules.All.Where(r => r != real), broken]);

        var error = Assert.Throws<RoutingConfigurationException>(() => rules.Validate(Clauses, Directory));

        Assert.Contains("council 'derby', flow 'officer-attendance'", error.Message);
        Assert.Contains("officers shall attend every group meeting", error.Message);
        Assert.Single(error.Message.Split('\n'), line => line.Contains(" - "));
    }

    [Fact]
    public void RuleRoutingToARoleNobodyHoldsFails()
    {
        var real = Rules.For("derby", RoutingFlow.OfficerAttendance);
        var rules = new RoutingRules([real with { AbsenceDeputies = [CouncilRoles.DeputyChiefExecutive] }]);

        var error = Assert.Throws<RoutingConfigurationException>(() => rules.Validate(Clauses, Directory));

        Assert.Contains("deputy-chief-executive", error.Message);
    }

    [Fact]
    public void DerbyTellsOtherGroupsOfFullGroupMeetingsOnly()
    {
        var rule = Rules.For("derby", RoutingFlow.OfficerAttendance);

        Assert.True(rule.TellsOtherGroupLeaders(MeetingKind.FullGroup));
        Assert.False(rule.TellsOtherGroupLeaders(MeetingKind.ShadowCabinet));
        Assert.True(Rules.For("lbe", RoutingFlow.OfficerAttendance).TellsOtherGroupLeaders(MeetingKind.ShadowCabinet));
    }
}
