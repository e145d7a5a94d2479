using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.People;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Routing;
using GovernanceBot.Storage;

using Microsoft.Data.Sqlite;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// Runs the routed flows: submits requests along their council's rule and records decisions. Each state change,
/// its notifications (outbox) and its audit entry commit in one SQLite transaction. Identities always come from
/// the caller's authenticated activity; anything a card sends back is checked against the stored request.
/// </summary>
public sealed partial class RequestWorkflow(
    SqliteDatabase database,
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

        if (Existing(publicId, requester) is { } sent)
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

        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        if (RequestStore.FindByPublicId(connection, transaction, publicId) is { } raced)
        {
            return Sent(raced, requester) with { AlreadySent = true };
        }

        var now = time.GetUtcNow();
        var draft = new RoutedRequest(0, publicId, RequestStore.NextReference(connection, transaction, councilId, rule.Flow), councilId, rule.Flow,
            Transitions.Initial(rule.Flow), 1, requester.AadObjectId, route.Receiver.AadObjectId, route.Deputies.Select(d => d.AadObjectId).ToList(),
            group?.Id, submission.Details, rule.CitedAs, route.ProtocolSilent, null, null, now, null);
        var request = draft with { Id = RequestStore.Insert(connection, transaction, draft) };
        foreach (var message in RequestNotices.OnSubmitted(request, rule, people))
        {
            Outbox.Enqueue(connection, transaction, message, now);
        }

        var auditEvent = Transitions.NeedsDecision(rule.Flow) ? AuditEvents.RequestSubmitted : AuditEvents.ReportSubmitted;
        var how = route.HandedOff ? " (handed off)" : escalated != Escalation.None ? " (escalated)" : "";
        AuditLog.Append(connection, transaction, Entry(request, requester.AadObjectId, auditEvent, $"to {route.Receiver.AadObjectId}{how}"));
        transaction.Commit();
        LogSubmitted(logger, request.Reference, RoutingFileNames.Of(rule.Flow), route.HandedOff, escalated);
        return new SubmitResult(SubmitOutcome.Submitted, request, route.Receiver, rule) { Escalation = escalated };
    }

    /// <summary>The request a form already made, as its requester submitted it; null if the form has not been sent.</summary>
    SubmitResult? Existing(string publicId, Person requester)
    {
        using var connection = database.Open();
        return RequestStore.FindByPublicId(connection, null, publicId) is { } request ? Sent(request, requester) with { AlreadySent = true } : null;
    }

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

    public Task<DecisionResult> DecideAsync(DecisionCommand command, string actorAadObjectId, CancellationToken cancellationToken)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction(deferred: false);
        var now = time.GetUtcNow();
        var request = RequestStore.FindByPublicId(connection, transaction, command.RequestId);
        var result = Judge(command, actorAadObjectId, request);
        if (result.Outcome == DecisionOutcome.Decided)
        {
            var target = Transitions.Target(request!.Flow, command.Decision)!.Value;
            var note = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
            if (!RequestStore.Decide(connection, transaction, request, target, actorAadObjectId, note, now))
            {
                result = new DecisionResult(DecisionOutcome.Refused, RefusalReason.StaleVersion, null);
            }
            else
            {
                var decided = RequestStore.Find(connection, transaction, request.Id)!;
                var rule = rules.For(decided.CouncilId, decided.Flow);
                foreach (var message in RequestNotices.OnDecided(decided, rule, directory.Council(decided.CouncilId)))
                {
                    Outbox.Enqueue(connection, transaction, message, now);
                }

                result = result with { Request = decided };
            }
        }

        var auditEvent = result.Outcome switch
        {
            DecisionOutcome.Decided => AuditEvents.DecisionRecorded,
            DecisionOutcome.AlreadyDecided => AuditEvents.DecisionReplayed,
            _ => AuditEvents.DecisionRefused,
        };
        var detail = result.Outcome == DecisionOutcome.Refused ? $"{command.Decision}: {result.Refusal}" : command.Decision.ToString();
        AuditLog.Append(connection, transaction, request is null
            ? new AuditEntry(now, actorAadObjectId, auditEvent, null, null, null, null, $"{detail} (no such request)")
            : Entry(request, actorAadObjectId, auditEvent, detail));
        transaction.Commit();
        LogDecision(logger, request?.Reference, command.Decision, result.Outcome, result.Refusal);
        return Task.FromResult(result);
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
