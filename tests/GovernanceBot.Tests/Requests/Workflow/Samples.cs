using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;

namespace GovernanceBot.Tests.Requests.Workflow;

static class Samples
{
    public const string ReportText = "He rang me at home at 11pm and told me to change my recommendation on the Riverside application.";

    public static OfficerAttendanceRequest Attendance(MeetingKind kind = MeetingKind.FullGroup) =>
        new(new DateOnly(2026, 3, 16), "Head of Planning", "the draft local plan", kind);

    public static ContactReport Report(string councillorAad) => new(councillorAad, new DateOnly(2026, 2, 27), ReportText);

    public static StaffingConcern Concern(string officerAad) => new(officerAad, "The officer was dismissive at my ward surgery follow-up, twice.");
}
