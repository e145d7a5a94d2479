namespace GovernanceBot.Requests.Forms;

/// <summary>
/// Dates as people say them: "today", "tomorrow", "yesterday", "friday" (the next one), "next friday" (the one in the
/// coming week, as in "this friday" if it is still ahead, else a week on), "last friday", "in 3 days", "in 2 weeks".
/// </summary>
public static class RelativeDates
{
    public static DateOnly? Read(string text, DateOnly today)
    {
        var words = text.Trim().TrimEnd('.', '!').ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (words)
        {
            case ["today"]:
                return today;
            case ["tomorrow"]:
                return today.AddDays(1);
            case ["yesterday"]:
                return today.AddDays(-1);
            case [var day] when Day(day) is { } d:
                return Ahead(today, d, skipToday: true);
            case ["this", var day] when Day(day) is { } d:
                return Ahead(today, d, skipToday: false);
            case ["next", var day] when Day(day) is { } d:
                return Ahead(today, d, skipToday: true);
            case ["next", "week"]:
                return today.AddDays(7);
            case ["last", var day] when Day(day) is { } d:
                return Behind(today, d);
            case ["in", var n, var unit] when int.TryParse(n, out var count) && count is > 0 and < 400:
                return unit.TrimEnd('s') switch
                {
                    "day" => today.AddDays(count),
                    "week" => today.AddDays(7 * count),
                    _ => null,
                };
            default:
                return null;
        }
    }

    static DayOfWeek? Day(string word) => Enum.GetValues<DayOfWeek>()
        .Cast<DayOfWeek?>()
        .FirstOrDefault(d => d.ToString()!.StartsWith(word, StringComparison.OrdinalIgnoreCase) && word.Length >= 3);

    static DateOnly Ahead(DateOnly today, DayOfWeek day, bool skipToday)
    {
        var days = ((int)day - (int)today.DayOfWeek + 7) % 7;
        return today.AddDays(days == 0 && skipToday ? 7 : days);
    }

    static DateOnly Behind(DateOnly today, DayOfWeek day)
    {
        var days = ((int)today.DayOfWeek - (int)day + 7) % 7;
        return today.AddDays(days == 0 ? -7 : -days);
    }
}
