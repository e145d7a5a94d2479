using PublicHoliday;

namespace GovernanceBot.Requests.Forms;

/// <summary>
/// A council's working days (domain.md, "Deadlines and working days"): not a weekend, not an England and Wales bank
/// holiday, not one of the council's own closure days (from its <c>routing.json</c>, e.g. between Christmas and New Year).
/// </summary>
public sealed class WorkingDays(IReadOnlyList<CouncilClosure> closures)
{
    static readonly UKBankHoliday BankHolidays = new();

    public static WorkingDays Weekdays { get; } = new([]);

    public bool IsWorkingDay(DateOnly date) =>
        date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
        && !BankHolidays.IsBankHoliday(date.ToDateTime(TimeOnly.MinValue))
        && !closures.Any(c => c.Covers(date));

    /// <summary>The first working day on or after <paramref name="date"/>.</summary>
    public DateOnly OnOrAfter(DateOnly date)
    {
        while (!IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    /// <summary>Why the date is not a working day, in words, or null when it is one.</summary>
    public string? WhyNot(DateOnly date) =>
        date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? $"a {date.DayOfWeek}"
        : BankHolidays.IsBankHoliday(date.ToDateTime(TimeOnly.MinValue)) ? "a bank holiday"
        : closures.Any(c => c.Covers(date)) ? "a day the council is closed"
        : null;
}

/// <summary>A closure day: a date every year (<c>12-27</c>) or one date (<c>2026-04-07</c>).</summary>
public sealed record CouncilClosure(int? Year, int Month, int Day)
{
    public bool Covers(DateOnly date) => date.Month == Month && date.Day == Day && (Year is null || Year == date.Year);

    public static CouncilClosure Parse(string text)
    {
        var parts = text.Split('-');
        return parts.Length switch
        {
            2 => new CouncilClosure(null, int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)),
            3 => new CouncilClosure(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture)),
            _ => throw new FormatException($"'{text}' is not a closure day (MM-DD or YYYY-MM-DD)."),
        };
    }
}
