using GovernanceBot.Requests;
using GovernanceBot.Routing;

namespace GovernanceBot.Dialogs.Flows;

/// <summary>A group asks for an officer, or someone from a service, to attend its meeting (derby 26–28, rushcliffe, lbe 13).</summary>
public sealed class OfficerAttendanceForm : IFlowForm
{
    const string FullGroup = "full-group";
    const string ShadowCabinet = "shadow-cabinet";

    public RoutingFlow Flow => RoutingFlow.OfficerAttendance;

    public string Title => "Request officer attendance";

    public bool PersonalChatOnly => false;

    public string? Refusal(FormContext context) => GroupMember.Refusal(context, "ask for an officer to attend a group meeting");

    public IReadOnlyList<FormField> Fields(FormContext context) =>
    [
        new("meetingDate", "Meeting date", "What is the date of the meeting?", FieldKind.Date,
            "The date of the group or Shadow Cabinet meeting you want the officer at. It must be in the future.")
        {
            Dates = DateRule.FutureOnly,
        },
        new("officerOrService", "Officer or service", "Which officer, or which service, would you like to attend?", FieldKind.Text,
            "Name the officer (for example \"Head of Planning\") or the service you want advice from.")
        {
            MaxLength = 120,
        },
        new("subject", "Subject", "What subject should they advise on?", FieldKind.Text,
            "The matter on your agenda. The other groups may be told the subject if attendance is agreed.")
        {
            MaxLength = 200,
        },
        new("meetingKind", "Kind of meeting", "Is it a full group meeting or a Shadow Cabinet meeting?", FieldKind.Choice,
            "A full meeting of your political group, or a meeting of its Shadow Cabinet.")
        {
            Choices = [new(FullGroup, "Full group meeting"), new(ShadowCabinet, "Shadow Cabinet meeting")],
        },
    ];

    public IEnumerable<(string Label, string Value)> ExtraFacts(FormContext context) =>
        [("Your group", context.People.GroupOf(context.Requester)?.Name ?? "(none)")];

    public RequestDetails ToDetails(IReadOnlyDictionary<string, string> answers) => new OfficerAttendanceRequest(
        FieldAnswers.ParseStored(answers["meetingDate"]),
        answers["officerOrService"],
        answers["subject"],
        answers["meetingKind"] == ShadowCabinet ? MeetingKind.ShadowCabinet : MeetingKind.FullGroup);
}
