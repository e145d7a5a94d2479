namespace GovernanceBot.Requests.Conversation;

/// <summary>What became of typed text offered to a dialog waiting for an answer (a form's field, a decline's reason).</summary>
public enum TextTurn
{
    /// <summary>Nothing waits for an answer here: the text is a command or a question.</summary>
    NoDialog,

    /// <summary>The dialog took the text (an answer, help, cancel, send).</summary>
    Handled,

    /// <summary>The text is a question or a command, not an answer: answer it, and the dialog is kept as it was.</summary>
    Interrupted,
}
