using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Workflow;

/// <summary>References people can quote on the phone: council, flow and a number, e.g. <c>DER-ATT-0007</c>, <c>LBE-REP-0003</c>.</summary>
public static class ReferenceNumbers
{
    public static string Format(string councilId, RoutingFlow flow, int number) => $"{Prefix(councilId, flow)}-{number:0000}";

    /// <summary>The part of a reference that names council and flow, e.g. <c>DER-ATT</c>.</summary>
    public static string Prefix(string councilId, RoutingFlow flow)
    {
        var letters = new string(councilId.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
        var council = letters.Length <= 3 ? letters : letters[..3];
        var code = flow switch
        {
            RoutingFlow.OfficerAttendance => "ATT",
            RoutingFlow.Briefing => "BRF",
            RoutingFlow.ContactReport => "REP",
            RoutingFlow.StaffingConcern => "STF",
            _ => throw new ArgumentOutOfRangeException(nameof(flow)),
        };
        return $"{council}-{code}";
    }
}
