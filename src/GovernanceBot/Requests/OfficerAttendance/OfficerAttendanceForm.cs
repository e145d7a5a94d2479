using GovernanceBot.Requests.Workflow;
using GovernanceBot.Requests.Forms;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.OfficerAttendance;

/// <summary>A group asks for an officer, or someone from a service, to attend its meeting (derby 26–28, rushcliffe, lbe 13).</summary>
public sealed class OfficerAttendanceForm : IFlowForm
{
    public RoutingFlow Flow => RoutingFlow.OfficerAttendance;

    public string Title => "Request officer attendance";


    public string? Refusal(FormContext context) => GroupMember.Refusal(context, "ask for an officer to attend a group meeting");

    public IReadOnlyList<FormField> Fields(FormContext context) =>
    [
        new(RequestFields.MeetingDate, "Meeting date", "What is the date of the meeting?", FieldKind.Date,
            "The date of the group or Shadow Cabinet meeting you want the officer at. It must be in the future.")
        {
            Dates = DateRule.FutureWorkingDay,
        },
        new(RequestFields.OfficerOrService, "Officer or service", "Which officer, or which service, would you like to attend?", FieldKind.Text,
            "Name the officer (for example \"Head of Planning\") or the service you want advice from.")
        {
            MaxLength = 120,
        },
        new(RequestFields.Subject, "Subject", "What subject should they advise on?", FieldKind.Text,
            "The matter on your agenda. The other groups may be told the subject if attendance is agreed.")
        {
            MaxLength = 200,
        },
        new(RequestFields.MeetingKindField, "Kind of meeting", "Is it a full group meeting or a Shadow Cabinet meeting?", FieldKind.Choice,
            "A full meeting of your political group, or a meeting of its Shadow Cabinet.")
        {
            Choices = [new(RequestFields.FullGroup, "Full group meeting"), new(RequestFields.ShadowCabinet, "Shadow Cabinet meeting")],
        },
    ];

    public IEnumerable<(string Label, string Value)> ExtraFacts(FormContext context) =>
        [("Your group", context.People.GroupOf(context.Requester)?.Name ?? "(none)")];

    public RequestDetails ToDetails(IReadOnlyDictionary<string, string> answers) => new OfficerAttendanceRequest(
        FieldAnswers.ParseStored(answers[RequestFields.MeetingDate]),
        answers[RequestFields.OfficerOrService],
        answers[RequestFields.Subject],
        RequestFields.ParseMeetingKind(answers[RequestFields.MeetingKindField]));
}
