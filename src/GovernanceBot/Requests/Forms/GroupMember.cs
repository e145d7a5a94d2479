namespace GovernanceBot.Requests.Forms;

/// <summary>Attendance and briefings are asked for on behalf of a political group, so only its councillors may ask.</summary>
static class GroupMember
{
    public static string? Refusal(FormContext context, string what) =>
        context.Requester.IsCouncillor && context.People.GroupOf(context.Requester) is not null
            ? null
            : $"Only a councillor who belongs to a political group can {what}, and {context.CouncilName}'s directory does not show you in one.";
}
