using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Clauses;

/// <summary>One item of a list clause: its label ("(g)", or "•" with its place) and its words.</summary>
public sealed record ClausePart(string Label, string Text);

/// <summary>
/// A clause that is a lead-in followed by a list — "Officers can expect from councillors: (a) …; (b) …" or bullets —
/// cut into its items, so an answer can quote the item that answers (17(g)) rather than the whole of 17.
/// </summary>
public sealed partial record ClauseParts(string LeadIn, IReadOnlyList<ClausePart> Items)
{
    const int MinItems = 2;

    /// <summary>The lead-in and items of a list clause; null for a clause that is not a list.</summary>
    public static ClauseParts? Of(string text) => Lettered(text) ?? Bulleted(text);

    /// <summary>An item with the words that introduce it, as a reader needs it to make sense.</summary>
    public string Quote(ClausePart item) => LeadIn.Length == 0 ? item.Text : $"{LeadIn} {item.Text}";

    // Letters must run (a), (b), (c)… from the first: "(see (e) above)" inside an item does not start a new one.
    static ClauseParts? Lettered(string text)
    {
        var starts = new List<(int Index, int Length, string Label)>();
        var expected = 'a';
        foreach (Match match in Letter().Matches(text))
        {
            if (match.Groups["letter"].Value[0] == expected)
            {
                starts.Add((match.Index, match.Length, $"({expected})"));
                expected++;
            }
        }

        if (starts.Count < MinItems)
        {
            return null;
        }

        var items = starts.Select((s, i) => new ClausePart(s.Label, Tidy(text[(s.Index + s.Length)..(i + 1 < starts.Count ? starts[i + 1].Index : text.Length)]))).ToList();
        return new ClauseParts(text[..starts[0].Index].Trim(), items);
    }

    static ClauseParts? Bulleted(string text)
    {
        var pieces = text.Split('•');
        if (pieces.Length - 1 < MinItems)
        {
            return null;
        }

        var items = pieces.Skip(1).Select((p, i) => new ClausePart($"•{i + 1}", Tidy(p))).Where(p => p.Text.Length > 0).ToList();
        return items.Count < MinItems ? null : new ClauseParts(pieces[0].Trim(), items);
    }

    // "…councillors; and" between items belongs to the list, not to the item.
    static string Tidy(string item) => TrailingJoin().Replace(item.Trim(), "").Trim();

    [GeneratedRegex(@"(?<=^|\s)\((?<letter>[a-z])\)\s")]
    private static partial Regex Letter();

    [GeneratedRegex(@"[;,]?\s*(and|or)?\s*$")]
    private static partial Regex TrailingJoin();
}
