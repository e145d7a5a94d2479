using GovernanceBot.Routing;
using GovernanceBot.Tests.Requests.Workflow;

namespace GovernanceBot.Tests.Routing;

public sealed class ReceiverWordsTests
{
    static readonly RoutingRules Rules = RoutingRules.Load(WorkflowFixture.Catalog);

    [Theory]
    [InlineData("derby", RoutingFlow.OfficerAttendance, "Only the Chief Executive can decide this.")]
    [InlineData("rushcliffe", RoutingFlow.OfficerAttendance, "Only the Chief Executive (or the Deputy Chief Executive in their absence) can decide this.")]
    [InlineData("lbe", RoutingFlow.Briefing, "Only the Chief Executive or an Executive Director, whichever it was sent to, can decide this.")]
    [InlineData("derby", RoutingFlow.Briefing, "Only the chief officer for the service concerned or the Chief Executive, whichever it was sent to, can decide this.")]
    [InlineData("derby", RoutingFlow.ContactReport, "Only the council's default contact can act on this.")]
    [InlineData("rushcliffe", RoutingFlow.ContactReport, "Only the line manager of the person who sent it or a senior manager, whichever it was sent to, can act on this.")]
    public void TheRefusalNamesTheRolesTheCouncilsRuleRoutesTo(string council, RoutingFlow flow, string expected) =>
        Assert.Equal(expected, ReceiverWords.OnlyThoseWhoAct(Rules.For(council, flow)));
}
