using GovernanceBot.BotFramework;
using GovernanceBot.Requests;
using GovernanceBot.Routing;

namespace GovernanceBot.Dialogs;

/// <summary>Sends a completed form through the request workflow and says, in plain words, what became of it.</summary>
public sealed class FormSubmission(RequestWorkflow workflow)
{
    public async Task<string> SubmitAsync(Activity activity, IFlowForm form, FormContext context, IReadOnlyDictionary<string, string> answers, CancellationToken cancellationToken)
    {
        var submission = new Submission(context.Rule.CouncilId, form.ToDetails(answers));
        var result = await workflow.SubmitAsync(submission, context.Requester.AadObjectId, cancellationToken);
        return result.Outcome == SubmitOutcome.Submitted
            ? Submitted(result, context)
            : $"{Rejection(result.Outcome, context)} Nothing was sent.";
    }

    static string Submitted(SubmitResult result, FormContext context)
    {
        var request = result.Request!;
        var receiver = result.Receiver is { } person ? person.Title is { Length: > 0 } title ? $"{person.Name} ({title})" : person.Name : "the council's contact";
        var silent = result.ProtocolSilent
            ? $"{context.CouncilName}'s protocol doesn't prescribe a route for this, so it has gone to the council's default contact, {receiver}. "
            : "";
        if (request.Flow is RoutingFlow.OfficerAttendance or RoutingFlow.Briefing)
        {
            var sentTo = result.ProtocolSilent ? "" : $"Your request for {request.Details.Summary} has gone to {receiver}, who decides on it. ";
            return $"Sent: your reference is {request.Reference}. {silent}{sentTo}I'll tell you when it is decided; say \"my requests\" to check on it.";
        }

        var (what, named) = request.Flow == RoutingFlow.ContactReport ? ("report", "councillor") : ("concern", "officer");
        var goneTo = result.ProtocolSilent ? "" : $"Your {what} has gone in confidence to {receiver}, and no one else. ";
        return $"Received in confidence: your reference is {request.Reference}. {silent}{goneTo}The {named} you named will not be told of it by me. "
            + $"Quote {request.Reference}, or say \"my requests\", to check on it.";
    }

    static string Rejection(SubmitOutcome outcome, FormContext context) => outcome switch
    {
        SubmitOutcome.UnknownRequester => $"I can't find you in {context.CouncilName}'s directory, so I can't send this for you.",
        SubmitOutcome.NotInPoliticalGroup => "Only a councillor who belongs to a political group can make this request.",
        SubmitOutcome.OnlyOfficersReport => "Only officers can report a councillor's contact.",
        SubmitOutcome.OnlyCouncillorsRaise => "Only councillors can raise a concern about an officer.",
        SubmitOutcome.UnknownPersonNamed => $"I don't know the person you named at {context.CouncilName}.",
        _ => "Something the request needs was missing.",
    };
}
