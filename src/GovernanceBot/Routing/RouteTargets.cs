using GovernanceBot.People;

namespace GovernanceBot.Routing;

/// <summary>
/// What a rule's <c>receivers</c> and <c>absenceDeputies</c> may name: any role in <see cref="CouncilRoles"/>, or
/// one of these relations, resolved against the request.
/// </summary>
public static class RouteTargets
{
    /// <summary>The council's configured default contact (Democratic Services).</summary>
    public const string DefaultContact = "default-contact";

    /// <summary>The requester's line manager.</summary>
    public const string LineManager = "line-manager";

    /// <summary>The director over the service the request is about (derby 31, rushcliffe access to staff).</summary>
    public const string RelevantChiefOfficer = "relevant-chief-officer";

    /// <summary>lbe 17: by the level of the officer concerned (Service Director; Executive Director or Chief Executive; Monitoring Officer).</summary>
    public const string ByOfficerLevel = "by-officer-level";

    /// <summary>An audience for <c>toldAfterwards</c>: the leader of every group but the requester's.</summary>
    public const string OtherGroupLeaders = "other-group-leaders";

    public static bool IsKnownReceiver(string target) =>
        CouncilRoles.All.Contains(target) || target is DefaultContact or LineManager or RelevantChiefOfficer or ByOfficerLevel;
}
