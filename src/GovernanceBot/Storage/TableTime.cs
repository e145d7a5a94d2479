using Azure.Data.Tables;

namespace GovernanceBot.Storage;

/// <summary>
/// Instants as UTC ticks (Int64): exact to the tick and ordered as numbers, where the table service's DateTime rounds
/// and the emulator's differs from the service's.
/// </summary>
public static class TableTime
{
    public static long Ticks(DateTimeOffset instant) => instant.UtcTicks;

    public static DateTimeOffset? Read(TableEntity entity, string name) =>
        entity.GetInt64(name) is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    /// <summary>A filter comparison on a ticks property, e.g. <c>Compare("NextAttemptUtc", "le", now)</c>.</summary>
    public static string Compare(string name, string op, DateTimeOffset instant) => $"{name} {op} {instant.UtcTicks}L";
}
