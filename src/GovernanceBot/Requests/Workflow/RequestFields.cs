using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// The names of the request forms' fields and the stored values of their choices, shared by the forms, which ask for
/// them, and the offers of a similar facility, which fill them in for another group.
/// </summary>
public static class RequestFields
{
    public const string MeetingDate = "meetingDate";
    public const string OfficerOrService = "officerOrService";
    public const string Subject = "subject";
    public const string MeetingKindField = "meetingKind";
    public const string BriefingKindField = "briefingKind";
    public const string Service = "service";

    public const string FullGroup = "full-group";
    public const string ShadowCabinet = "shadow-cabinet";

    public static string MeetingKindValue(MeetingKind kind) => kind == MeetingKind.ShadowCabinet ? ShadowCabinet : FullGroup;

    public static MeetingKind ParseMeetingKind(string value) => value == ShadowCabinet ? MeetingKind.ShadowCabinet : MeetingKind.FullGroup;

    public static readonly IReadOnlyDictionary<string, BriefingKind> BriefingKinds = new Dictionary<string, BriefingKind>(StringComparer.Ordinal)
    {
        ["group-briefing"] = BriefingKind.GroupBriefing,
        ["written-report"] = BriefingKind.WrittenReport,
        ["spokesperson-briefing"] = BriefingKind.SpokespersonBriefing,
    };

    public static string BriefingKindValue(BriefingKind kind) => BriefingKinds.First(k => k.Value == kind).Key;
}
