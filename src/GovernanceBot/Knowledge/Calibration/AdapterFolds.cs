using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Knowledge.Calibration;

/// <summary>
/// The question adapter the app ships (fitted on every question asked before) and the ones calibration ranks tuning
/// questions with: a question is ranked with an adapter fitted without its own set, as a new question at its council
/// would be; and, as at a council the bot never served, with one fitted without any question about its council.
/// </summary>
public sealed class AdapterFolds
{
    readonly Dictionary<string, QuestionAdapter> withoutSet;
    readonly Dictionary<string, QuestionAdapter> withoutCouncil;

    AdapterFolds(QuestionAdapter shipped, Dictionary<string, QuestionAdapter> withoutSet, Dictionary<string, QuestionAdapter> withoutCouncil)
    {
        Shipped = shipped;
        this.withoutSet = withoutSet;
        this.withoutCouncil = withoutCouncil;
    }

    public QuestionAdapter Shipped { get; }

    public static AdapterFolds Fit(IReadOnlyList<AdapterFit.Row> rows) => new(
        AdapterFit.Fit(rows),
        rows.Select(r => r.Set).Distinct().ToDictionary(s => s, s => AdapterFit.Fit(rows.Where(r => r.Set != s).ToList())),
        rows.Select(r => r.Council).Distinct().ToDictionary(c => c, c => AdapterFit.Fit(rows.Where(r => r.Council != c).ToList())));

    /// <summary>For a question of <paramref name="set"/>: fitted without that set (the shipped one never saw a set it does not hold).</summary>
    public QuestionAdapter WithoutSet(string set) => withoutSet.GetValueOrDefault(set, Shipped);

    /// <summary>For a question at <paramref name="council"/> as if the bot had never served it.</summary>
    public QuestionAdapter WithoutCouncil(string council) => withoutCouncil.GetValueOrDefault(council, Shipped);
}
