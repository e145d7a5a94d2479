using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.People;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// Runs the routed flows: submits requests along their council's rule and records decisions. Each state change,
/// its notifications (outbox) and its audit entry are stored together, all or nothing (<see cref="IRequestRecords"/>). Identities always come from
/// the caller's authenticated activity; anything a card sends back is checked against the stored request.
/// </summary>
public sealed partial class RequestWorkflow(
    IRequestRecords records,
    RoutingRules rules,
    RouteResolver routes,
    EscalationChain escalation,
    ICouncilDirectory directory,
    TimeProvider time,
    ILogger<RequestWorkflow> logger)
{
    /// <summary>
    /// Stores the request once per form: a second submission of the same <see cref="Submission.FormId"/> changes
    /// nothing and returns the request the first made (<see cref="SubmitResult.AlreadySent"/>).
    /// </summary>
    public async Task<SubmitResult> SubmitAsync(Submission submission, string requesterAadObjectId, CancellationToken cancellationToken)
    {
        var councilId = submission.CouncilId;
        var publicId = RequestIds.FromForm(submission.FormId ?? RequestIds.NewFormId());
        var rule = rules.For(councilId, submission.Details.Flow);
        var requester = await directory.FindPersonAsync(councilId, requesterAadObjectId, cancellationToken);
        if (requester is null)
        {
            return SubmitResult.Rejected(SubmitOutcome.UnknownRequester);
        }

        if (await ExistingAsync(publicId, requester, cancellationToken) is { } sent)
        {
            return sent;
        }

        var (problem, subject) = await CheckAsync(councilId, requester, submission.Details, cancellationToken);
        if (problem is { } outcome)
        {
            return SubmitResult.Rejected(outcome);
        }

        var service = submission.Details switch
        {
            BriefingRequest b => b.Service,
            OfficerAttendanceRequest a => a.OfficerOrService,
            _ => null,
        };
        var resolved = await routes.ResolveAsync(rule, new RoutingContext(requester, subject, service), submission.PreferredReceiverAadObjectId, cancellationToken);
        var (route, escalated) = await escalation.GuardAsync(councilId, resolved, requester, subject, cancellationToken);
        if (route is null)
        {
            return SubmitResult.Rejected(SubmitOutcome.NoOneToReceive);
        }

        var people = directory.Council(councilId);
        var group = Transitions.NeedsDecision(rule.Flow) ? people.GroupOf(requester) : null;

        var now = time.GetUtcNow();
        var draft = new RoutedRequest(0, publicId, "", councilId, rule.Flow,
            Transitions.Initial(rule.Flow), 1, requester.AadObjectId, route.Receiver.AadObjectId, route.Deputies.Select(d => d.AadObjectId).ToList(),
            group?.Id, submission.Details, rule.CitedAs, route.ProtocolSilent, null, null, now, null);
        var auditEvent = Transitions.NeedsDecision(rule.Flow) ? AuditEvents.RequestSubmitted : AuditEvents.ReportSubmitted;
        var how = route.HandedOff ? " (handed off)" : escalated != Escalation.None ? " (escalated)" : "";
        var request = await records.AddAsync(draft, new RequestChange(
            stored => [.. RequestNotices.OnSubmitted(stored, rule, people)],
            stored => Entry(stored, requester.AadObjectId, auditEvent, $"to {route.Receiver.AadObjectId}{how}")), cancellationToken);
        if (request is null)
        {
            // The same form sent at the same moment elsewhere (another tab, another instance): theirs was stored.
            return (await ExistingAsync(publicId, requester, cancellationToken))!;
        }

        LogSubmitted(logger, request.Reference, RoutingFileNames.Of(rule.Flow), route.HandedOff, escalated);
        return new SubmitResult(SubmitOutcome.Submitted, request, route.Receiver, rule) { Escalation = escalated };
    }

    /// <summary>The request a form already made, as its requester submitted it; null if the form has not been sent.</summary>
    async Task<SubmitResult?> ExistingAsync(string publicId, Person requester, CancellationToken cancellationToken) =>
        await records.FindAsync(publicId, cancellationToken) is { } request ? Sent(request, requester) with { AlreadySent = true } : null;

    SubmitResult Sent(RoutedRequest request, Person requester)
    {
        if (!string.Equals(request.RequesterAadObjectId, requester.AadObjectId, StringComparison.OrdinalIgnoreCase))
        {
            // A form id is the requester's own; someone else's id reads as a form never sent.
            throw new InvalidOperationException("A form id was reused by another requester.");
        }

        var people = directory.Council(request.CouncilId);
        return new SubmitResult(SubmitOutcome.Submitted, request, people.ByAadObjectId(request.ReceiverAadObjectId), rules.For(request.CouncilId, request.Flow));
    }

    /// <summary>
    /// Records the decision if the request still takes it. Two decisions pressed at once (on two cards, or on two
    /// instances) are one decision: the store changes the request only at the version both read, so the second finds it
    /// changed, is judged again against what is stored now, and is told it was already decided.
    /// </summary>
    public async Task<DecisionResult> DecideAsync(DecisionCommand command, string actorAadObjectId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = time.GetUtcNow();
            var request = await records.FindAsync(command.RequestId, cancellationToken);
            var result = Judge(command, actorAadObjectId, request);
            if (result.Outcome == DecisionOutcome.Decided)
            {
                var target = Transitions.Target(request!.Flow, command.Decision)!.Value;
                var note = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
                var rule = rules.For(request.CouncilId, request.Flow);
                var decided = await records.DecideAsync(request, target, actorAadObjectId, note, now, new RequestChange(
                    stored => [.. RequestNotices.OnDecided(stored, rule, directory.Council(stored.CouncilId))],
                    stored => Entry(stored, actorAadObjectId, AuditEvents.DecisionRecorded, command.Decision.ToString())), cancellationToken);
                if (decided is null)
                {
                    continue;
                }

                result = result with { Request = decided };
            }
            else
            {
                var auditEvent = result.Outcome == DecisionOutcome.AlreadyDecided ? AuditEvents.DecisionReplayed : AuditEvents.DecisionRefused;
                var detail = result.Outcome == DecisionOutcome.Refused ? $"{command.Decision}: {result.Refusal}" : command.Decision.ToString();
                await records.AppendAuditAsync(request, request is null
                    ? new AuditEntry(now, actorAadObjectId, auditEvent, null, null, null, null, $"{detail} (no such request)")
                    : Entry(request, actorAadObjectId, auditEvent, detail), cancellationToken);
            }

            LogDecision(logger, request?.Reference, command.Decision, result.Outcome, result.Refusal);
            return result;
        }
    }

    static DecisionResult Judge(DecisionCommand command, string actor, RoutedRequest? request)
    {
        // Someone with no part in the request is told exactly what they would be told if it did not exist.
        if (request is null || !Confidentiality.MaySee(request, actor))
        {
            return Refused(RefusalReason.NotFound);
        }

        if (!request.MayBeDecidedBy(actor))
        {
            return Refused(RefusalReason.NotDecider);
        }

        if (Transitions.Target(request.Flow, command.Decision) is not { } target)
        {
            return Refused(RefusalReason.DecisionNotAllowed);
        }

        if (!Transitions.Accepts(request.State, target))
        {
            return new DecisionResult(DecisionOutcome.AlreadyDecided, RefusalReason.None, request);
        }

        if (request.Version != command.ExpectedVersion)
        {
            return Refused(RefusalReason.StaleVersion);
        }

        return target == RequestState.Declined && string.IsNullOrWhiteSpace(command.Reason)
            ? Refused(RefusalReason.ReasonRequired)
            : new DecisionResult(DecisionOutcome.Decided, RefusalReason.None, request);

        static DecisionResult Refused(RefusalReason reason) => new(DecisionOutcome.Refused, reason, null);
    }

    AuditEntry Entry(RoutedRequest request, string actor, string auditEvent, string? detail) => new(
        time.GetUtcNow(), actor, auditEvent, request.CouncilId, RoutingFileNames.Of(request.Flow), request.Reference, request.CitedAs, detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Request {Reference} ({Flow}) submitted; handed off to the default contact: {HandedOff}; escalation: {Escalation}")]
    static partial void LogSubmitted(ILogger logger, string reference, string flow, bool handedOff, Escalation escalation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Decision {Decision} on {Reference}: {Outcome} {Refusal}")]
    static partial void LogDecision(ILogger logger, string? reference, Decision decision, DecisionOutcome outcome, RefusalReason refusal);
}
