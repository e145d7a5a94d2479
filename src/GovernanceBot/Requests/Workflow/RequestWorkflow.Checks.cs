using GovernanceBot.People;

namespace GovernanceBot.Requests.Workflow;

public sealed partial class RequestWorkflow
{
    /// <summary>Who may start which flow, and that the person a report names is one the council knows.</summary>
    async Task<(SubmitOutcome? Problem, Person? Subject)> CheckAsync(string councilId, Person requester, RequestDetails details, CancellationToken cancellationToken)
    {
        switch (details)
        {
            case OfficerAttendanceRequest a when Blank(a.OfficerOrService, a.Subject):
            case BriefingRequest b when Blank(b.Service, b.Subject):
            case ContactReport c when Blank(c.CouncillorAadObjectId, c.Account):
            case StaffingConcern s when Blank(s.OfficerAadObjectId, s.Account):
                return (SubmitOutcome.Incomplete, null);
            case OfficerAttendanceRequest or BriefingRequest:
                return (requester.IsCouncillor && directory.Council(councilId).GroupOf(requester) is not null ? null : SubmitOutcome.NotInPoliticalGroup, null);
            case ContactReport report:
                if (!requester.IsOfficer)
                {
                    return (SubmitOutcome.OnlyOfficersReport, null);
                }

                var councillor = await directory.FindPersonAsync(councilId, report.CouncillorAadObjectId, cancellationToken);
                return councillor is { IsCouncillor: true } ? (null, councillor) : (SubmitOutcome.UnknownPersonNamed, null);
            case StaffingConcern concern:
                if (!requester.IsCouncillor)
                {
                    return (SubmitOutcome.OnlyCouncillorsRaise, null);
                }

                var officer = await directory.FindPersonAsync(councilId, concern.OfficerAadObjectId, cancellationToken);
                return officer is { IsOfficer: true } ? (null, officer) : (SubmitOutcome.UnknownPersonNamed, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(details), details.GetType().Name, "Unknown kind of request.");
        }
    }

    static bool Blank(params string?[] values) => values.Any(string.IsNullOrWhiteSpace);
}
