using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Forms;

/// <summary>One routed flow as a form: who may start it, what it asks, and the request the answers make.</summary>
public interface IFlowForm
{
    RoutingFlow Flow { get; }

    /// <summary>What the form is called on its card and buttons, e.g. "Request officer attendance".</summary>
    string Title { get; }

    /// <summary>Why the requester may not start this flow, or null if they may.</summary>
    string? Refusal(FormContext context);

    /// <summary>The questions, in the order the text fallback asks them.</summary>
    IReadOnlyList<FormField> Fields(FormContext context);

    /// <summary>Facts the confirm step shows besides the answers, e.g. the requester's group.</summary>
    IEnumerable<(string Label, string Value)> ExtraFacts(FormContext context);

    /// <summary>The request the complete, checked answers make.</summary>
    RequestDetails ToDetails(IReadOnlyDictionary<string, string> answers);
}
