using GovernanceBot.Requests.Workflow;
using GovernanceBot.Requests.Forms;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.ContactReports;

/// <summary>An officer reports, in confidence and in their own words, a councillor's contact that breaks the protocol.</summary>
public sealed class ContactReportForm : IFlowForm
{
    public RoutingFlow Flow => RoutingFlow.ContactReport;

    public string Title => "Report a councillor's contact";


    public string? Refusal(FormContext context) => context.Requester.IsOfficer
        ? null
        : "Only officers can report a councillor's contact. As a councillor you can raise a concern about an officer (say \"raise a staffing concern\"), or ask me who to go to about another councillor.";

    public IReadOnlyList<FormField> Fields(FormContext context) =>
    [
        new("councillor", "Councillor", "Which councillor is it about?", FieldKind.Person,
            "The councillor whose contact you are reporting. They will not be told about your report by me.")
        {
            Choices = PeopleChoices.Of(context.People.People.Where(p => p.IsCouncillor)),
        },
        new("contactDate", "Date of contact", "On what date did it happen?", FieldKind.Date,
            "The date of the contact you are reporting. It can't be in the future.")
        {
            Dates = DateRule.NotInFuture,
        },
        new("account", "What happened", "In your own words, what happened?", FieldKind.Text,
            "Describe the contact as you would to your manager. Only you and the person it goes to can read it.")
        {
            MaxLength = 4000,
            Multiline = true,
        },
    ];

    public IEnumerable<(string Label, string Value)> ExtraFacts(FormContext context) => [];

    public RequestDetails ToDetails(IReadOnlyDictionary<string, string> answers) =>
        new ContactReport(answers["councillor"], FieldAnswers.ParseStored(answers["contactDate"]), answers["account"]);
}
