using GovernanceBot.People;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Forms;

/// <summary>What a form is filled in against: the requester, their council's directory and rule, and today's date.</summary>
public sealed record FormContext(Person Requester, CouncilDirectory People, RoutingRule Rule, string CouncilName, DateOnly Today)
{
    public WorkingDays WorkingDays { get; init; } = WorkingDays.Weekdays;
}
