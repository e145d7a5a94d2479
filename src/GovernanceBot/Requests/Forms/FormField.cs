namespace GovernanceBot.Requests.Forms;

public enum FieldKind
{
    Text,
    Date,
    Choice,
    Person,
}

/// <summary>Which dates a date field accepts, relative to today.</summary>
public enum DateRule
{
    Any,
    FutureOnly,
    NotInFuture,

    /// <summary>In the future, and a working day of the council (an officer's attendance).</summary>
    FutureWorkingDay,
}

/// <summary>One option of a choice or person field: the value stored, and what the user sees.</summary>
public sealed record FieldChoice(string Value, string Title);

/// <summary>
/// One question of a flow's form. The same definition renders the card input and drives the text fallback, so
/// both ask the same thing and accept the same answers.
/// </summary>
public sealed record FormField(string Name, string Label, string Prompt, FieldKind Kind, string Help)
{
    public IReadOnlyList<FieldChoice> Choices { get; init; } = [];

    public DateRule Dates { get; init; } = DateRule.Any;

    public int MaxLength { get; init; } = 200;

    public bool Multiline { get; init; }

    public string? Placeholder { get; init; }
}
