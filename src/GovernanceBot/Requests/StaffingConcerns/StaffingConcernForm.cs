using GovernanceBot.Requests.Workflow;
using GovernanceBot.Requests.Forms;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.StaffingConcerns;

/// <summary>A councillor's concern about an officer's conduct, routed privately by the council's rule (lbe 17, rushcliffe).</summary>
public sealed class StaffingConcernForm : IFlowForm
{
    public RoutingFlow Flow => RoutingFlow.StaffingConcern;

    public string Title => "Raise a concern about an officer";


    public string? Refusal(FormContext context) => context.Requester.IsCouncillor
        ? null
        : "Only councillors can raise a concern about an officer here. As an officer, a concern about a colleague goes to your line manager; a councillor's contact that breaks the protocol you can report (say \"report a councillor\").";

    public IReadOnlyList<FormField> Fields(FormContext context) =>
    [
        new("officer", "Officer", "Which officer is it about?", FieldKind.Person,
            "The officer whose conduct concerns you. They will not see your concern.")
        {
            Choices = PeopleChoices.Of(context.People.People.Where(p => p.IsOfficer)),
        },
        new("concern", "Your concern", "What is your concern?", FieldKind.Text,
            "Describe what happened and why it concerns you. Only you and the person it goes to can read it.")
        {
            MaxLength = 4000,
            Multiline = true,
        },
    ];

    public IEnumerable<(string Label, string Value)> ExtraFacts(FormContext context) => [];

    public RequestDetails ToDetails(IReadOnlyDictionary<string, string> answers) => new StaffingConcern(answers["officer"], answers["concern"]);
}
