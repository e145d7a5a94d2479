using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Conversation;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;

namespace GovernanceBot.Requests.Forms;

/// <summary>
/// Runs a flow's form: the card with every field, or the same questions one at a time by text; a confirm step;
/// then the submission. The dialog is saved after every turn. "cancel" and "help" work at every step; a question or
/// command typed mid-form is handed back to be answered, and the form kept. A confidential flow runs only in the
/// user's personal chat: started from a group, its form is sent there.
/// </summary>
public sealed partial class FormDialog(
    DialogStore store,
    FlowForms forms,
    FormContexts contexts,
    FormSubmission submission,
    Confidentiality confidentiality,
    PrivateChats privateChats,
    ILogger<FormDialog> logger)
{
    /// <summary>Starts <paramref name="flow"/> for the user (with any answers given), replacing a form they had not finished in that chat.</summary>
    public async Task StartAsync(ITurnContext turn, string? flow, IReadOnlyDictionary<string, string> prefill, CancellationToken cancellationToken)
    {
        if (forms.Find(flow) is not { } form)
        {
            await turn.SendActivityAsync("I don't know that request. Say \"help\" to see what I can do.", cancellationToken);
            return;
        }

        var (context, problem) = await contexts.ForAsync(turn.Activity, null, form, cancellationToken);
        if (context is null)
        {
            await turn.SendActivityAsync(problem!, cancellationToken);
            return;
        }

        if (form.Refusal(context) is { } refusal)
        {
            await turn.SendActivityAsync($"{refusal} Nothing was sent.", cancellationToken);
            return;
        }

        var dialog = new DialogState(RoutingFileNames.Of(form.Flow), context.Rule.CouncilId, 0, [], RequestIds.NewFormId());
        dialog = WithAnswers(dialog, form, context, prefill);
        var card = CardReply.For(turn.Activity, FormFor(form, context, dialog, new Dictionary<string, string>()));
        if (PrivateChats.IsPersonal(turn.Activity) || !confidentiality.IsConfidential(context.Rule.CouncilId, form.Flow))
        {
            if (await store.LoadAsync(turn.Activity, DialogStore.FormSlot, cancellationToken) is not { } slot)
            {
                await turn.SendActivityAsync("I can't tell who you are here, so I can't start that.", cancellationToken);
                return;
            }

            await store.SaveAsync(slot, dialog, cancellationToken);
            LogStarted(logger, dialog.Flow);
            await turn.SendActivityAsync(card, cancellationToken);
            return;
        }

        await StartPrivatelyAsync(turn, form, dialog, card, cancellationToken);
    }

    async Task StartPrivatelyAsync(ITurnContext turn, IFlowForm form, DialogState dialog, Activity card, CancellationToken cancellationToken)
    {
        if (await privateChats.OpenAsync(turn, cancellationToken) is not { } chat
            || await store.LoadInAsync(turn.Activity, chat, DialogStore.FormSlot, cancellationToken) is not { } slot)
        {
            await turn.SendActivityAsync($"\"{form.Title}\" is confidential, so I only run it in a personal chat, and I couldn't open one with you. "
                + "Please message me directly. Nothing was sent.", cancellationToken);
            return;
        }

        await store.SaveAsync(slot, dialog, cancellationToken);
        LogStarted(logger, dialog.Flow);
        await privateChats.SendAsync(turn, chat, card, cancellationToken);
        await turn.SendActivityAsync($"\"{form.Title}\" is confidential, so I've sent it to you privately: please fill it in in your personal chat with me. Nothing is posted here.", cancellationToken);
    }

    /// <summary>Gives typed text to the user's dialog here.</summary>
    public async Task<TextTurn> TryContinueAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        if (await store.LoadAsync(turn.Activity, DialogStore.FormSlot, cancellationToken) is not { Dialog: { } dialog } slot)
        {
            if (DialogWords.IsCancel(text))
            {
                await turn.SendActivityAsync("There's nothing to cancel: you have no request in progress here.", cancellationToken);
                return TextTurn.Handled;
            }

            return TextTurn.NoDialog;
        }

        if (await ResumeAsync(turn, slot, dialog, cancellationToken) is not var (form, context))
        {
            return TextTurn.Handled;
        }

        var fields = form.Fields(context);
        if (DialogWords.IsCancel(text))
        {
            await CancelAsync(turn, slot, dialog, cancellationToken);
        }
        else if (DialogWords.IsHelp(text))
        {
            await turn.SendActivityAsync(DialogPrompts.Help(form, fields, dialog.Step, context), cancellationToken);
        }
        else if (dialog.Step >= fields.Count)
        {
            if (!DialogWords.IsSend(text))
            {
                return FlowIntents.IsQuestionOrCommand(text) ? TextTurn.Interrupted : await RemindToSendAsync(turn, cancellationToken);
            }

            await SubmitAsync(turn, slot, dialog, form, context, cancellationToken);
        }
        else if (FlowIntents.IsQuestionOrCommand(text))
        {
            return TextTurn.Interrupted;
        }
        else
        {
            await AnswerAsync(turn, slot, dialog, form, context, fields, text, cancellationToken);
        }

        return TextTurn.Handled;
    }

    /// <summary>After a question or command typed mid-form was answered: where the form stands.</summary>
    public async Task RemindAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (await store.LoadAsync(turn.Activity, DialogStore.FormSlot, cancellationToken) is { Dialog: { } dialog }
            && forms.Find(dialog.Flow) is { } form
            && (await contexts.ForAsync(turn.Activity, dialog.CouncilId, form, cancellationToken)).Context is { } context)
        {
            var fields = form.Fields(context);
            var next = dialog.Step < fields.Count ? DialogPrompts.Ask(fields[dialog.Step], context) : "Say \"send\" to send it, or \"cancel\" to stop.";
            await turn.SendActivityAsync($"Your \"{form.Title}\" is still open, nothing has been sent. {next}", cancellationToken);
        }
    }

    static async Task<TextTurn> RemindToSendAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        await turn.SendActivityAsync("Say \"send\" to send it, or \"cancel\" to stop. Nothing has been sent yet.", cancellationToken);
        return TextTurn.Handled;
    }

    /// <summary>The prefilled answers that check out; the rest are asked as usual.</summary>
    static DialogState WithAnswers(DialogState dialog, IFlowForm form, FormContext context, IReadOnlyDictionary<string, string> given)
    {
        var fields = form.Fields(context);
        var answers = new Dictionary<string, string>();
        foreach (var field in fields.Where(f => given.ContainsKey(f.Name)))
        {
            if (FieldAnswers.Check(field, given[field.Name], context.Today, context.WorkingDays) is { IsValid: true, Value: { } value })
            {
                answers[field.Name] = value;
            }
        }

        return dialog with { Answers = answers, Step = NextStep(fields, answers) };
    }

    static int NextStep(IReadOnlyList<FormField> fields, IReadOnlyDictionary<string, string> answers)
    {
        var index = fields.ToList().FindIndex(f => !answers.ContainsKey(f.Name));
        return index < 0 ? fields.Count : index;
    }

    static FormCard FormFor(IFlowForm form, FormContext context, DialogState dialog, IReadOnlyDictionary<string, string> problems) =>
        new(dialog.Flow, dialog.FormId, form.Title, context.Rule.Guidance, form.Fields(context), dialog.Answers, problems, context.Today);

    static ConfirmCard ConfirmFor(IFlowForm form, FormContext context, DialogState dialog) => new(
        dialog.FormId,
        form.Title,
        [.. form.ExtraFacts(context), .. form.Fields(context).Select(f => (f.Label, FieldAnswers.Display(f, dialog.Answers[f.Name])))],
        context.Rule.Guidance);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog {Flow} started")]
    static partial void LogStarted(ILogger logger, string flow);

    [LoggerMessage(Level = LogLevel.Information, Message = "Dialog {Flow} {Outcome}")]
    static partial void LogFinished(ILogger logger, string flow, string outcome);
}
