namespace GovernanceBot.Requests.Forms;

/// <summary>What the text fallback says: each question (with its options), and help for the current step.</summary>
static class DialogPrompts
{
    const int OptionsListed = 12;

    public static string Ask(FormField field, FormContext context) => field.Kind is FieldKind.Choice or FieldKind.Person
        ? $"{field.Prompt} ({string.Join("; ", field.Choices.Take(OptionsListed).Select((c, i) => $"{i + 1}. {c.Title}"))})"
        : field.Kind == FieldKind.Date ? $"{field.Prompt} ({FieldAnswers.DateExample(field, context.Today, context.WorkingDays)})" : field.Prompt;

    public static string Help(IFlowForm form, IReadOnlyList<FormField> fields, int step, FormContext context)
    {
        if (step >= fields.Count)
        {
            return $"You're at the last step of \"{form.Title}\": check the details on the card. Say \"send\" to send it, or \"cancel\" to stop. Nothing has been sent yet.";
        }

        var field = fields[step];
        return $"You're on \"{form.Title}\", question {step + 1} of {fields.Count}: {field.Label}. {field.Help}\n\n{Ask(field, context)}\n\n"
            + "Answer here or fill in the card. Say \"cancel\" to stop; nothing is sent until you confirm.";
    }
}
