using GovernanceBot.Knowledge.Index;

namespace GovernanceBot.Knowledge.Answers;

/// <summary>
/// How much of a question a clause covers: the question's words, weighted by how rare they are, where a
/// thesaurus concept and the words it stands for count once. A clause that misses the question's distinctive
/// words ("car parking permits") covers little of it, however well it scores on the common ones.
/// </summary>
public sealed class Coverage
{
    readonly List<(HashSet<string> Terms, double Weight)> units;

    Coverage(List<(HashSet<string> Terms, double Weight)> units) => this.units = units;

    public static Coverage Of(IReadOnlyList<AnalyzedToken> question, Func<string, double> rarity)
    {
        var units = new List<(HashSet<string>, double)>();
        var concepts = question.Where(t => t.IsConcept).ToList();
        var claimed = new HashSet<AnalyzedToken>();
        foreach (var concept in concepts)
        {
            var members = question.Where(t => !t.IsConcept && t.StartOffset >= concept.StartOffset && t.EndOffset <= concept.EndOffset).ToList();
            claimed.UnionWith(members);
            var terms = members.Select(m => m.Term).Append(concept.Term).ToHashSet(StringComparer.Ordinal);
            units.Add((terms, terms.Max(rarity)));
        }

        foreach (var word in question.Where(t => !t.IsConcept && !claimed.Contains(t)).DistinctBy(t => t.Term))
        {
            units.Add(([word.Term], rarity(word.Term)));
        }

        return new Coverage(units);
    }

    /// <summary>The weighted share of the question's units with a term among <paramref name="clauseTerms"/>.</summary>
    public double Of(IReadOnlySet<string> clauseTerms)
    {
        var total = units.Sum(u => u.Weight);
        return total == 0 ? 0 : WeightIn(clauseTerms) / total;
    }

    /// <summary>The weight of the question's units found in the terms, for ranking sentences.</summary>
    public double WeightIn(IReadOnlySet<string> terms) => units.Where(u => u.Terms.Overlaps(terms)).Sum(u => u.Weight);
}
