using System.Text.Json.Serialization;

using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Workflow;

/// <summary>What the requester filled in. Stored as JSON with the flow as discriminator.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(OfficerAttendanceRequest), "officer-attendance")]
[JsonDerivedType(typeof(BriefingRequest), "briefing")]
[JsonDerivedType(typeof(ContactReport), "contact-report")]
[JsonDerivedType(typeof(StaffingConcern), "staffing-concern")]
public abstract record RequestDetails
{
    [JsonIgnore]
    public abstract RoutingFlow Flow { get; }

    /// <summary>A line safe to show to anyone the request is visible to, and to put in notifications.</summary>
    [JsonIgnore]
    public abstract string Summary { get; }
}

/// <summary>A group asks for an officer (or someone from a service) to attend its meeting.</summary>
public sealed record OfficerAttendanceRequest(DateOnly MeetingDate, string OfficerOrService, string Subject, MeetingKind Kind) : RequestDetails
{
    [JsonIgnore]
    public override RoutingFlow Flow => RoutingFlow.OfficerAttendance;

    [JsonIgnore]
    public override string Summary =>
        $"{OfficerOrService} to attend a {(Kind == MeetingKind.ShadowCabinet ? "Shadow Cabinet" : "group")} meeting on {MeetingDate:d MMMM yyyy} about {Subject}";
}

/// <summary>A group, or a spokesperson, asks for a briefing or a written report on a matter in a service.</summary>
public sealed record BriefingRequest(string Service, string Subject, BriefingKind Kind) : RequestDetails
{
    [JsonIgnore]
    public override RoutingFlow Flow => RoutingFlow.Briefing;

    [JsonIgnore]
    public override string Summary => Kind switch
    {
        BriefingKind.WrittenReport => $"a written report on {Subject}",
        BriefingKind.SpokespersonBriefing => $"a spokesperson briefing on {Subject}",
        _ => $"a briefing on {Subject}",
    };
}

public enum BriefingKind
{
    GroupBriefing,
    WrittenReport,
    SpokespersonBriefing,
}

/// <summary>
/// An officer reports a councillor's contact that breaks the protocol, in their own words. Confidential:
/// <see cref="Account"/> is shown to the reporter and the receiver only, never logged or audited.
/// </summary>
public sealed record ContactReport(string CouncillorAadObjectId, DateOnly ContactDate, string Account) : RequestDetails
{
    [JsonIgnore]
    public override RoutingFlow Flow => RoutingFlow.ContactReport;

    [JsonIgnore]
    public override string Summary => "Confidential report of a councillor's contact";
}

/// <summary>A councillor's concern about an officer's conduct. Confidential, like a contact report; the officer never sees it.</summary>
public sealed record StaffingConcern(string OfficerAadObjectId, string Account) : RequestDetails
{
    [JsonIgnore]
    public override RoutingFlow Flow => RoutingFlow.StaffingConcern;

    [JsonIgnore]
    public override string Summary => "Confidential concern about an officer's conduct";
}
