using System.Globalization;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Requests.Forms;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Briefings;

/// <summary>A group briefing, a written report, or a spokesperson briefing on a matter in one service (derby 30–33, lbe 13).</summary>
public sealed class BriefingForm : IFlowForm
{
    public RoutingFlow Flow => RoutingFlow.Briefing;

    public string Title => "Request a briefing";


    public string? Refusal(FormContext context) => GroupMember.Refusal(context, "ask for a briefing or report for a group");

    public IReadOnlyList<FormField> Fields(FormContext context) =>
    [
        new(RequestFields.BriefingKindField, "Kind", "Would you like a group briefing, a written report, or a spokesperson briefing?", FieldKind.Choice,
            "A briefing for your group, a written report for your group, or a briefing for you as your group's spokesperson.")
        {
            Choices =
            [
                new(RequestFields.BriefingKindValue(BriefingKind.GroupBriefing), "Group briefing"),
                new(RequestFields.BriefingKindValue(BriefingKind.WrittenReport), "Written report"),
                new(RequestFields.BriefingKindValue(BriefingKind.SpokespersonBriefing), "Spokesperson briefing"),
            ],
        },
        new(RequestFields.Service, "Service", "Which service is it about?", FieldKind.Choice,
            "The council service the matter belongs to; the request goes to the chief officer responsible for it.")
        {
            Choices = Services(context),
        },
        new(RequestFields.Subject, "Subject", "What is the subject?", FieldKind.Text, "The matter you want to be briefed on, in a line.")
        {
            MaxLength = 200,
        },
    ];

    public IEnumerable<(string Label, string Value)> ExtraFacts(FormContext context) =>
        [("Your group", context.People.GroupOf(context.Requester)?.Name ?? "(none)")];

    public RequestDetails ToDetails(IReadOnlyDictionary<string, string> answers) =>
        new BriefingRequest(answers[RequestFields.Service], answers[RequestFields.Subject], RequestFields.BriefingKinds[answers[RequestFields.BriefingKindField]]);

    /// <summary>The services the directory knows, so the request can be routed to the officer over one.</summary>
    static List<FieldChoice> Services(FormContext context) => context.People.People
        .Select(p => p.Service)
        .OfType<string>()
        .Distinct(StringComparer.OrdinalIgnoreCase)
        .Order(StringComparer.Ordinal)
        .Select(service => new FieldChoice(service, Describe(service)))
        .ToList();

    static string Describe(string service)
    {
        var words = service.Replace('-', ' ');
        return words.Length == 0 ? service : char.ToUpper(words[0], CultureInfo.InvariantCulture) + words[1..];
    }
}
