using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Forms;

/// <summary>The forms by flow name (<c>officer-attendance</c>, <c>briefing</c>, <c>contact-report</c>, <c>staffing-concern</c>).</summary>
public sealed class FlowForms(IEnumerable<IFlowForm> forms)
{
    readonly Dictionary<string, IFlowForm> byName = forms.ToDictionary(f => RoutingFileNames.Of(f.Flow), StringComparer.OrdinalIgnoreCase);

    public IEnumerable<IFlowForm> All => byName.Values;

    public IFlowForm? Find(string? flow) => flow is not null && byName.TryGetValue(flow, out var form) ? form : null;

    public IFlowForm For(RoutingFlow flow) => byName[RoutingFileNames.Of(flow)];
}
