using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Channel;
using GovernanceBot.Routing;
using GovernanceBot.Storage;

namespace GovernanceBot.Dialogs;

/// <summary>
/// Runs a flow's form: the card with every field, or the same questions one at a time by text; a confirm step;
/// then the submission. The dialog is saved after every turn. "cancel" and "help" work at every step.
/// </summary>
public sealed partial class FormDialog(DialogStore store, FlowForms forms, FormContexts contexts, FormSubmission submission, ILogger<FormDialog> logger)
{
    /// <summary>Starts <paramref name="flow"/> for the user, replacing any form they had not finished in this conversation.</summary>
    public async Task StartAsync(ITurnContext turn, string? flow, CancellationToken cancellationToken)
    {
        if (forms.Find(flow) is not { } form)
        {
            await turn.SendActivityAsync("I don't know that request. Say \"help\" to see what I can do.", cancellationToken);
            return;
        }

        if (form.PersonalChatOnly && turn.Activity.Conversation?.ConversationType is { } type && type != StoredConversationReference.Personal)
        {
            await turn.SendActivityAsync(
                $"{form.Title} is confidential, so please do it in a personal chat with me, not here: everyone in this conversation can see what is posted. Nothing was sent.",
                cancellationToken);
            return;
        }

        var (context, problem) = await contexts.ForAsync(turn.Activity, null, form, cancellationToken);
        if (context is null || await store.LoadAsync(turn.Activity, cancellationToken) is not { } slot)
        {
            await turn.SendActivityAsync(problem ?? "I can't tell who you are here, so I can't start that.", cancellationToken);
            return;
        }

        if (form.Refusal(context) is { } refusal)
        {
            await turn.SendActivityAsync($"{refusal} Nothing was sent.", cancellationToken);
            return;
        }

        var dialog = new DialogState(RoutingFileNames.Of(form.Flow), context.Rule.CouncilId, 0, []);
        await store.SaveAsync(slot, dialog, cancellationToken);
        LogStarted(logger, dialog.Flow);
        await turn.SendActivityAsync(CardReply.For(turn.Activity, FormFor(form, context, dialog, new Dictionary<string, string>())), cancellationToken);
    }

    /// <summary>Gives typed text to the user's dialog; false when they have none here (so the text is a command or question).</summary>
    public async Task<bool> TryContinueAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (await store.LoadAsync(turn.Activity, cancellationToken) is not { Dialog: { } dialog } slot)
        {
            if (DialogWords.IsCancel(text))
            {
                await turn.SendActivityAsync("There's nothing to cancel: you have no request in progress here.", cancellationToken);
                return true;
            }

            return false;
        }

        if (await ResumeAsync(turn, slot, dialog, cancellationToken) is not var (form, context))
        {
            return true;
        }

        var fields = form.Fields(context);
        if (DialogWords.IsCancel(text))
        {
            await CancelAsync(turn, slot, dialog, cancellationToken);
        }
        else if (DialogWords.IsHelp(text))
        {
            await turn.SendActivityAsync(DialogPrompts.Help(form, fields, dialog.Step), cancellationToken);
        }
        else if (dialog.Step >= fields.Count)
        {
            await ConfirmTextAsync(turn, slot, dialog, form, context, text, cancellationToken);
        }
        else
        {
            await AnswerAsync(turn, slot, dialog, form, context, fields, text, cancellationToken);
        }

        return true;
    }

    /// <summary>Handles a form card's or confirm card's submit (<c>{"action":"dialog", "step": …}</c>).</summary>
    public async Task ContinueWithCardAsync(ITurnContext turn, JsonElement value, CancellationToken cancellationToken)
    {
        var step = CardValues.String(value, "step");
        if (await store.LoadAsync(turn.Activity, cancellationToken) is not { Dialog: { } dialog } slot
            || (step == "form" && !string.Equals(CardValues.String(value, "flow"), dialog.Flow, StringComparison.Ordinal)))
        {
            await turn.SendActivityAsync("That form is no longer open, so nothing was sent. Say \"help\" to see how to start a request.", cancellationToken);
            return;
        }

        if (await ResumeAsync(turn, slot, dialog, cancellationToken) is not var (form, context))
        {
            return;
        }

        switch (step, CardValues.String(value, "choice"))
        {
            case ("form", _):
                await FormSubmittedAsync(turn, slot, dialog, form, context, value, cancellationToken);
                break;
            case ("confirm", "send") when dialog.Step >= form.Fields(context).Count:
                await SubmitAsync(turn, slot, dialog, form, context, cancellationToken);
                break;
            case ("confirm", "cancel"):
                await CancelAsync(turn, slot, dialog, cancellationToken);
                break;
            default:
                await turn.SendActivityAsync(DialogPrompts.Help(form, form.Fields(context), dialog.Step), cancellationToken);
                break;
        }
    }

    async Task AnswerAsync(ITurnContext turn, DialogSlot slot, DialogState dialog, IFlowForm form, FormContext context, IReadOnlyList<FormField> fields, string text, CancellationToken cancellationToken)
    {
        var field = fields[dialog.Step];
        var answer = FieldAnswers.Check(field, text, context.Today);
        if (!answer.IsValid)
        {
            await turn.SendActivityAsync($"{answer.Problem}\n\n{DialogPrompts.Ask(field)}", cancellationToken);
            return;
        }

        var answers = new Dictionary<string, string>(dialog.Answers) { [field.Name] = answer.Value! };
        var next = NextStep(fields, answers);
        var advanced = dialog with { Step = next, Answers = answers };
        await store.SaveAsync(slot, advanced, cancellationToken);
        await (next < fields.Count
            ? turn.SendActivityAsync(DialogPrompts.Ask(fields[next]), cancellationToken)
            : turn.SendActivityAsync(CardReply.For(turn.Activity, ConfirmFor(form, context, fields, answers)), cancellationToken));
    }

    async Task FormSubmittedAsync(ITurnContext turn, DialogSlot slot, DialogState dialog, IFlowForm form, FormContext context, JsonElement value, CancellationToken cancellationToken)
    {
        var fields = form.Fields(context);
        var answers = new Dictionary<string, string>(dialog.Answers);
        var problems = new Dictionary<string, string>();
        foreach (var field in fields)
        {
            var answer = FieldAnswers.Check(field, CardValues.String(value, field.Name), context.Today);
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

        var next = NextStep(fields, answers);
        var updated = dialog with { Step = next, Answers = answers };
        await store.SaveAsync(slot, updated, cancellationToken);
        await turn.SendActivityAsync(
            CardReply.For(turn.Activity, problems.Count > 0 ? FormFor(form, context, updated, problems) : ConfirmFor(form, context, fields, answers)),
            cancellationToken);
    }

    async Task ConfirmTextAsync(ITurnContext turn, DialogSlot slot, DialogState dialog, IFlowForm form, FormContext context, string text, CancellationToken cancellationToken)
    {
        if (DialogWords.IsSend(text))
        {
            await SubmitAsync(turn, slot, dialog, form, context, cancellationToken);
            return;
        }

        await turn.SendActivityAsync("Say \"send\" to send it, or \"cancel\" to stop. Nothing has been sent yet.", cancellationToken);
    }

    async Task SubmitAsync(ITurnContext turn, DialogSlot slot, DialogState dialog, IFlowForm form, FormContext context, CancellationToken cancellationToken)
    {
        try
        {
            // Ended before submitting: a second press of Send finds the dialog gone (or loses the race) and sends nothing.
            await store.SaveAsync(slot, null, cancellationToken);
        }
        catch (StateConflictException)
        {
            await turn.SendActivityAsync("That has already been sent or cancelled.", cancellationToken);
            return;
        }

        var reply = await submission.SubmitAsync(turn.Activity, form, context, dialog.Answers, cancellationToken);
        LogFinished(logger, dialog.Flow, "submitted");
        await turn.SendActivityAsync(reply, cancellationToken);
    }

    async Task CancelAsync(ITurnContext turn, DialogSlot slot, DialogState dialog, CancellationToken cancellationToken)
    {
        await store.SaveAsync(slot, null, cancellationToken);
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

        await store.SaveAsync(slot, null, cancellationToken);
        await turn.SendActivityAsync($"{problem ?? "I can no longer run that request."} Your unfinished request was not sent.", cancellationToken);
        return null;
    }

    static int NextStep(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> answers)
    {
        var index = fields.ToList().FindIndex(f => !answers.ContainsKey(f.Name));
        return index < 0 ? fields.Count : index;
    }

    static FormCard FormFor(IFlowForm form, FormContext context, DialogState dialog, IReadOnlyDictionary<string, string> problems) =>
        new(dialog.Flow, form.Title, context.Rule.Guidance, form.Fields(context), dialog.Answers, problems, context.Today);

    static ConfirmCard ConfirmFor(IFlowForm form, FormContext context, IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> answers) => new(
        form.Title,
        [.. form.ExtraFacts(context), .. fields.Select(f => (f.Label, FieldAnswers.Display(f, answers[f.Name])))],
        context.Rule.Guidance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog {Flow} started")]
    static partial void LogStarted(ILogger logger, string flow);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog {Flow} {Outcome}")]
    static partial void LogFinished(ILogger logger, string flow, string outcome);
}
