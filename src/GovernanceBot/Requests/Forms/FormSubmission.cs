using GovernanceBot.People;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Forms;

/// <summary>
/// Sends a completed form through the request workflow and says, in plain words, what became of it: the one message
/// the requester gets about their own request being sent.
/// </summary>
public sealed class FormSubmission(RequestWorkflow workflow)
{
    public async Task<string> SubmitAsync(IFlowForm form, FormContext context, IReadOnlyDictionary<string, string> answers, string formId, CancellationToken cancellationToken)
    {
        var submission = new Submission(context.Rule.CouncilId, form.ToDetails(answers), FormId: formId);
        var result = await workflow.SubmitAsync(submission, context.Requester.AadObjectId, cancellationToken);
        return result.Outcome == SubmitOutcome.Submitted
            ? Submitted(result, context)
            : $"{Rejection(result.Outcome, context)} Nothing was sent.";
    }

    /// <summary>The reference of the request the form made, if it was sent (and by this user).</summary>
    public async Task<string?> SentFromAsync(string formId, string requesterAadObjectId, CancellationToken cancellationToken) =>
        (await workflow.GetAsync(RequestIds.FromForm(formId), requesterAadObjectId, cancellationToken))?.Reference;

    static string Submitted(SubmitResult result, FormContext context)
    {
        var request = result.Request!;
        var receiver = result.Receiver is { } person ? Describe(person) : "the council's contact";
        var route = (result.Escalation, result.ProtocolSilent) switch
        {
            (Escalation.ReceiverNamed, _) => $"It would have gone to the person it is about, so it has gone instead to {receiver}, next in the protocol's chain. ",
            (Escalation.ReceiverIsRequester, _) => $"It would have come back to you, so it has gone instead to {receiver}, next in the protocol's chain. ",
            (_, true) => $"{context.CouncilName}'s protocol doesn't prescribe a route for this, so it has gone to the council's default contact, {receiver}. ",
            _ => "",
        };
        var again = result.AlreadySent ? "That was already sent" : "Sent";
        if (request.Flow is RoutingFlow.OfficerAttendance or RoutingFlow.Briefing)
        {
            var sentTo = route.Length > 0 ? route : $"Your request for {request.Details.Summary} has gone to {receiver}, who decides on it. ";
            return $"{again}: your reference is {request.Reference}. {sentTo}I'll tell you when it is decided; say \"my requests\" to check on it.";
        }

        var (what, named) = request.Flow == RoutingFlow.ContactReport ? ("report", "councillor") : ("concern", "officer");
        var goneTo = route.Length > 0 ? route : $"Your {what} has gone in confidence to {receiver}, and no one else. ";
        return $"{(result.AlreadySent ? again : "Received in confidence")}: your reference is {request.Reference}. {goneTo}The {named} you named will not be told of it by me. "
            + $"Quote {request.Reference}, or say \"my requests\", to check on it.";
    }

    static string Describe(Person person) => person.Title is { Length: > 0 } title ? $"{person.Name} ({title})" : person.Name;

    static string Rejection(SubmitOutcome outcome, FormContext context) => outcome switch
    {
        SubmitOutcome.UnknownRequester => $"I can't find you in {context.CouncilName}'s directory, so I can't send this for you.",
        SubmitOutcome.NotInPoliticalGroup => "Only a councillor who belongs to a political group can make this request.",
        SubmitOutcome.OnlyOfficersReport => "Only officers can report a councillor's contact.",
        SubmitOutcome.OnlyCouncillorsRaise => "Only councillors can raise a concern about an officer.",
        SubmitOutcome.UnknownPersonNamed => $"I don't know the person you named at {context.CouncilName}.",
        SubmitOutcome.NoOneToReceive => $"Everyone {context.CouncilName}'s protocol would send this to is you or the person it is about. Please speak to the Monitoring Officer directly.",
        _ => "Something the request needs was missing.",
    };
}
