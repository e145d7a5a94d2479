using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Conversation;
using GovernanceBot.Requests.Workflow;

namespace GovernanceBot.Requests.Forms;

public sealed partial class FormDialog
{
    /// <summary>Handles a form card's Next, or the confirm card's Send or Cancel.</summary>
    public async Task ContinueWithCardAsync(ITurnContext turn, ButtonPress action, CancellationToken cancellationToken)
    {
        var formId = action switch
        {
            FormStepAction f => f.FormId,
            ConfirmAction c => c.FormId,
            _ => null,
        };
        if (await store.LoadAsync(turn.Activity, DialogStore.FormSlot, cancellationToken) is not { Dialog: { } dialog } slot
            || (formId is not null && formId != dialog.FormId)
            || (action is FormStepAction step && step.Flow != dialog.Flow))
        {
            await turn.SendActivityAsync(await NotOpenAsync(turn, action, formId, cancellationToken), cancellationToken);
            return;
        }

        if (await ResumeAsync(turn, slot, dialog, cancellationToken) is not var (form, context))
        {
            return;
        }

        switch (action)
        {
            case FormStepAction submitted:
                await FormSubmittedAsync(turn, slot, dialog, form, context, submitted, cancellationToken);
                break;
            case ConfirmAction { Send: true } when dialog.Step >= form.Fields(context).Count:
                await SubmitAsync(turn, slot, dialog, form, context, cancellationToken);
                break;
            case ConfirmAction { Send: false }:
                await CancelAsync(turn, slot, dialog, cancellationToken);
                break;
            default:
                await turn.SendActivityAsync(DialogPrompts.Help(form, form.Fields(context), dialog.Step, context), cancellationToken);
                break;
        }
    }

    /// <summary>A Send pressed on a form that is gone: if that form made a request, say so (a second press, a retry after a crash).</summary>
    async Task<string> NotOpenAsync(ITurnContext turn, ButtonPress action, string? formId, CancellationToken cancellationToken) =>
        action is ConfirmAction { Send: true } && formId is not null && turn.Activity.From?.AadObjectId is { } aad
            && await submission.SentFromAsync(formId, aad, cancellationToken) is { } reference
            ? $"That was already sent: your reference is {reference}. Say \"my requests\" to check on it."
            : "That form is no longer open, so nothing was sent. Say \"help\" to see how to start a request.";

    async Task AnswerAsync(ITurnContext turn, DialogSlot slot, DialogState dialog, IFlowForm form, FormContext context, IReadOnlyList<FormField> fields, string text, CancellationToken cancellationToken)
    {
        var field = fields[dialog.Step];
        var answer = FieldAnswers.Check(field, text, context.Today, context.WorkingDays);
        if (!answer.IsValid)
        {
            await turn.SendActivityAsync($"{answer.Problem}\n\n{DialogPrompts.Ask(field, context)}", cancellationToken);
            return;
        }

        var answers = new Dictionary<string, string>(dialog.Answers) { [field.Name] = answer.Value! };
        var next = NextStep(fields, answers);
        var advanced = dialog with { Step = next, Answers = answers };
        await store.SaveAsync(slot, advanced, cancellationToken);
        await (next < fields.Count
            ? turn.SendActivityAsync(DialogPrompts.Ask(fields[next], context), cancellationToken)
            : turn.SendActivityAsync(CardReply.For(turn.Activity, ConfirmFor(form, context, advanced)), cancellationToken));
    }

    async Task FormSubmittedAsync(ITurnContext turn, DialogSlot slot, DialogState dialog, IFlowForm form, FormContext context, FormStepAction step, CancellationToken cancellationToken)
    {
        var fields = form.Fields(context);
        var answers = new Dictionary<string, string>(dialog.Answers);
        var problems = new Dictionary<string, string>();
        foreach (var field in fields)
        {
            var answer = FieldAnswers.Check(field, CardActions.String(step.Values, field.Name), context.Today, context.WorkingDays);
            if (answer.IsValid)
            {
                answers[field.Name] = answer.Value!;
            }
            else
            {
                answers.Remove(field.Name);
                problems[field.Name] = answer.Problem!;
            }
        }

        var updated = dialog with { Step = NextStep(fields, answers), Answers = answers };
        await store.SaveAsync(slot, updated, cancellationToken);
        await turn.SendActivityAsync(
            CardReply.For(turn.Activity, problems.Count > 0 ? FormFor(form, context, updated, problems) : ConfirmFor(form, context, updated)),
            cancellationToken);
    }

    /// <summary>
    /// Sends the request, then clears the form. The request takes its identity from the form's id, so a Send retried
    /// after a crash between the two (or pressed twice) finds the request already stored and makes no second one.
    /// </summary>
    async Task SubmitAsync(ITurnContext turn, DialogSlot slot, DialogState dialog, IFlowForm form, FormContext context, CancellationToken cancellationToken)
    {
        var reply = await submission.SubmitAsync(form, context, dialog.Answers, dialog.FormId, cancellationToken);
        await store.SaveAsync<DialogState>(slot, null, cancellationToken);
        LogFinished(logger, dialog.Flow, "submitted");
        await turn.SendActivityAsync(reply, cancellationToken);
    }

    async Task CancelAsync(ITurnContext turn, DialogSlot slot, DialogState dialog, CancellationToken cancellationToken)
    {
        await store.SaveAsync<DialogState>(slot, null, cancellationToken);
        LogFinished(logger, dialog.Flow, "cancelled");
        await turn.SendActivityAsync("Cancelled: nothing was sent.", cancellationToken);
    }

    /// <summary>The form and context a saved dialog runs in; if either is gone, the dialog ends and the user is told why.</summary>
    async Task<(IFlowForm Form, FormContext Context)?> ResumeAsync(ITurnContext turn, DialogSlot slot, DialogState dialog, CancellationToken cancellationToken)
    {
        var form = forms.Find(dialog.Flow);
        var (context, problem) = form is null ? (null, null) : await contexts.ForAsync(turn.Activity, dialog.CouncilId, form, cancellationToken);
        if (form is not null && context is not null)
        {
            return (form, context);
        }

        await store.SaveAsync<DialogState>(slot, null, cancellationToken);
        await turn.SendActivityAsync($"{problem ?? "I can no longer run that request."} Your unfinished request was not sent.", cancellationToken);
        return null;
    }
}
