using System.Text.RegularExpressions;

using DocumentFormat.OpenXml.Wordprocessing;

namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>
/// Computes the label Word shows before a list paragraph ("28.", "(a)", "3.1") from the numbering part: counters
/// per abstract list, deeper levels restarting when a shallower one advances, lvlText with its %n placeholders.
/// </summary>
sealed partial class DocxNumbering
{
    const int Levels = 9;

    readonly Dictionary<int, NumberingInstance> instances = [];
    readonly Dictionary<int, AbstractNum> abstracts = [];
    readonly Dictionary<int, int?[]> counters = [];
    readonly HashSet<int> started = [];

    public DocxNumbering(Numbering? numbering)
    {
        foreach (var instance in numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is { } id)
            {
                instances.TryAdd(id, instance);
            }
        }

        foreach (var list in numbering?.Elements<AbstractNum>() ?? [])
        {
            if (list.AbstractNumberId?.Value is { } id)
            {
                abstracts.TryAdd(id, list);
            }
        }
    }

    /// <summary>"-" for a bullet, the rendered lvlText otherwise; null when the paragraph is not numbered.</summary>
    public string? Next(int numId, int levelIndex)
    {
        if (!instances.TryGetValue(numId, out var instance)
            || instance.AbstractNumId?.Val?.Value is not { } abstractId
            || !abstracts.TryGetValue(abstractId, out var list)
            || levelIndex is < 0 or >= Levels)
        {
            return null;
        }

        var levels = Enumerable.Range(0, Levels).Select(i => LevelOf(instance, list, i)).ToArray();
        if (levels[levelIndex] is not { } level)
        {
            return null;
        }

        var values = counters.TryGetValue(abstractId, out var existing) ? existing : counters[abstractId] = new int?[Levels];
        if (started.Add(numId))
        {
            // "Restart numbering" in Word is a new w:num over the same abstract list with a start override.
            foreach (var restart in instance.Elements<LevelOverride>().Where(o => o.StartOverrideNumberingValue is not null))
            {
                if (restart.LevelIndex?.Value is >= 0 and < Levels)
                {
                    values[restart.LevelIndex.Value] = null;
                }
            }
        }

        values[levelIndex] = values[levelIndex] is { } current ? current + 1 : StartOf(instance, level, levelIndex);
        Array.Fill(values, null, levelIndex + 1, Levels - levelIndex - 1);

        var format = level.NumberingFormat?.Val;
        if (format is not null && format.Value == NumberFormatValues.Bullet)
        {
            return "-";
        }

        var pattern = level.LevelText?.Val?.Value ?? $"%{levelIndex + 1}.";
        var legal = level.IsLegalNumberingStyle is not null;
        return Placeholder().Replace(pattern, m =>
        {
            var i = m.Groups[1].Value[0] - '1';
            return levels[i] is { } shown ? Format(values[i] ?? StartOf(instance, shown, i), shown, legal && i < levelIndex) : "";
        }).Trim();
    }

    static Level? LevelOf(NumberingInstance instance, AbstractNum list, int index) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.Level
        ?? list.Elements<Level>().FirstOrDefault(l => l.LevelIndex?.Value == index);

    static int StartOf(NumberingInstance instance, Level level, int index) =>
        instance.Elements<LevelOverride>().FirstOrDefault(o => o.LevelIndex?.Value == index)?.StartOverrideNumberingValue?.Val?.Value
        ?? level.StartNumberingValue?.Val?.Value
        ?? 1;

    static string Format(int value, Level level, bool legal)
    {
        var format = level.NumberingFormat?.Val?.Value ?? NumberFormatValues.Decimal;
        return legal ? ListLabels.Decimal(value)
            : format == NumberFormatValues.LowerLetter ? ListLabels.Letter(value)
            : format == NumberFormatValues.UpperLetter ? ListLabels.Letter(value, upper: true)
            : format == NumberFormatValues.LowerRoman ? ListLabels.Roman(value)
            : format == NumberFormatValues.UpperRoman ? ListLabels.Roman(value, upper: true)
            : format == NumberFormatValues.None ? ""
            : format == NumberFormatValues.DecimalZero ? value.ToString("00", System.Globalization.CultureInfo.InvariantCulture)
            : ListLabels.Decimal(value);
    }

    [GeneratedRegex("%([1-9])")]
    private static partial Regex Placeholder();
}
