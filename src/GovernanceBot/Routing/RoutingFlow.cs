namespace GovernanceBot.Routing;

/// <summary>The flows a protocol prescribes a route for. Their JSON names are kebab-case (<c>officer-attendance</c>).</summary>
public enum RoutingFlow
{
    OfficerAttendance,
    Briefing,
    ContactReport,
    StaffingConcern,
}

/// <summary>Whether attendance is at a full political group meeting or at a Shadow Cabinet (derby 27–28 treat them differently).</summary>
public enum MeetingKind
{
    FullGroup,
    ShadowCabinet,
}

/// <summary>The kebab-case names flows have in configuration, audit and notifications.</summary>
public static class RoutingFileNames
{
    public static string Of(RoutingFlow flow) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(flow.ToString());
}
