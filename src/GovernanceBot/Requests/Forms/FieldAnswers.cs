using System.Globalization;

namespace GovernanceBot.Requests.Forms;

/// <summary>A checked answer: the value to store, or what was wrong with it, in words the user can act on.</summary>
public sealed record FieldAnswer(string? Value, string? Problem)
{
    public bool IsValid => Problem is null;
}

/// <summary>Checks what a user gave for a field (typed, or from a card input) and says what was wrong.</summary>
public static class FieldAnswers
{
    public const string DateFormat = "yyyy-MM-dd";

    // The app runs in globalization-invariant mode, whose month and day names are English and whose date
    // separator is "/"; the formats below spell out the British day-first order.
    static readonly CultureInfo British = CultureInfo.InvariantCulture;

    static readonly string[] DateFormats = [DateFormat, "d/M/yyyy", "d/M/yy", "d-M-yyyy", "d MMMM yyyy", "d MMM yyyy", "dddd d MMMM yyyy", "d MMMM", "d MMM"];

    const int ChoicesListed = 12;

    public static FieldAnswer Check(FormField field, string? given, DateOnly today, WorkingDays? workingDays = null)
    {
        var text = given?.Trim() ?? "";
        if (text.Length == 0)
        {
            return Problem($"I need an answer for {field.Label.ToLowerInvariant()}.");
        }

        return field.Kind switch
        {
            FieldKind.Date => CheckDate(field, text, today, workingDays ?? WorkingDays.Weekdays),
            FieldKind.Choice or FieldKind.Person => CheckChoice(field, text),
            _ => text.Length > field.MaxLength
                ? Problem($"That is too long: please keep {field.Label.ToLowerInvariant()} under {field.MaxLength} characters.")
                : new FieldAnswer(text, null),
        };
    }

    /// <summary>The answer as the user should see it: a choice's title, a date written out.</summary>
    public static string Display(FormField field, string value) => field.Kind switch
    {
        FieldKind.Date when DateOnly.TryParseExact(value, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => Written(date),
        FieldKind.Choice or FieldKind.Person => field.Choices.FirstOrDefault(c => c.Value == value)?.Title ?? value,
        _ => value,
    };

    public static string Written(DateOnly date) => date.ToString("d MMMM yyyy", British);

    public static DateOnly ParseStored(string value) => DateOnly.ParseExact(value, DateFormat, CultureInfo.InvariantCulture);

    /// <summary>A date the field accepts, written two ways, for the prompt: "for example 9 March 2026 or next monday".</summary>
    public static string DateExample(FormField field, DateOnly today, WorkingDays? workingDays = null)
    {
        var days = workingDays ?? WorkingDays.Weekdays;
        return field.Dates switch
        {
            DateRule.NotInFuture => $"for example {Written(today)}, \"today\" or \"yesterday\"",
            DateRule.FutureWorkingDay => Example(days.OnOrAfter(today.AddDays(7)), today) + ", a working day",
            DateRule.FutureOnly => Example(today.AddDays(7), today),
            _ => $"for example {Written(today)}",
        };

        // The spoken example names the same date, read as the bot reads it, or is left out.
        static string Example(DateOnly date, DateOnly today)
        {
            var spoken = $"next {date.DayOfWeek.ToString().ToLowerInvariant()}";
            return RelativeDates.Read(spoken, today) == date ? $"for example {Written(date)} or \"{spoken}\"" : $"for example {Written(date)}";
        }
    }

    static FieldAnswer CheckDate(FormField field, string text, DateOnly today, WorkingDays days)
    {
        if (RelativeDates.Read(text, today) is not { } date
            && !DateOnly.TryParseExact(text, DateFormats, British, DateTimeStyles.AllowWhiteSpaces, out date))
        {
            return Problem($"I couldn't read \"{Echo(text)}\" as a date. Please write it {DateExample(field, today, days)}.");
        }

        return field.Dates switch
        {
            DateRule.FutureOnly or DateRule.FutureWorkingDay when date <= today => Problem($"The {field.Label.ToLowerInvariant()} must be in the future, and {Written(date)} is not. Please give a later date."),
            DateRule.FutureWorkingDay when days.WhyNot(date) is { } why =>
                Problem($"{Written(date)} is {why}, not a working day. Please give a working day, {DateExample(field, today, days)}."),
            DateRule.NotInFuture when date > today => Problem($"The {field.Label.ToLowerInvariant()} can't be in the future, and {Written(date)} is. Please give the date it happened."),
            _ => new FieldAnswer(date.ToString(DateFormat, CultureInfo.InvariantCulture), null),
        };
    }

    static FieldAnswer CheckChoice(FormField field, string text)
    {
        var choices = field.Choices;
        var match = choices.FirstOrDefault(c => c.Value.Equals(text, StringComparison.OrdinalIgnoreCase) || c.Title.Equals(text, StringComparison.OrdinalIgnoreCase));
        if (match is null && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && number <= choices.Count)
        {
            match = choices[number - 1];
        }

        if (match is null)
        {
            var partial = choices.Where(c => c.Title.Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();
            match = partial.Count == 1 ? partial[0] : null;
        }

        if (match is not null)
        {
            return new FieldAnswer(match.Value, null);
        }

        var listed = string.Join("; ", choices.Take(ChoicesListed).Select((c, i) => $"{i + 1}. {c.Title}"));
        return field.Kind == FieldKind.Person
            ? Problem($"I don't know anyone called \"{Echo(text)}\" here. Please choose one of: {listed}.")
            : Problem($"\"{Echo(text)}\" is not one of the options. Please choose one of: {listed}.");
    }

    /// <summary>Quotes back only a short piece of what the user typed, so a re-prompt never repeats a long account.</summary>
    static string Echo(string text) => text.Length <= 40 ? text : text[..40] + "…";

    static FieldAnswer Problem(string problem) => new(null, problem);
}
