using GovernanceBot.Knowledge.Index;

namespace GovernanceBot.Knowledge.Retrieval;

/// <summary>
/// How much of a question a clause covers: the question's words, weighted by how rare they are, where a
/// thesaurus concept and the words it stands for count once. A clause that misses the question's distinctive
/// words ("car parking permits") covers little of it, however well it scores on the common ones. A concept is
/// covered by the concept itself, or by all of its words: "s151 officer" is not covered by "officer" alone.
/// </summary>
public sealed class Coverage
{
    readonly List<Unit> units;

    Coverage(List<Unit> units) => this.units = units;

    /// <summary>One thing the question says: a word, or a concept with the words that said it.</summary>
    sealed record Unit(string? Concept, IReadOnlyList<string> Words, double Weight)
    {
        public bool In(IReadOnlySet<string> terms) => Concept is { } concept && terms.Contains(concept) || (Words.Count > 0 && Words.All(terms.Contains));
    }

    public static Coverage Of(IReadOnlyList<AnalyzedToken> question, Func<string, double> rarity)
    {
        var units = new List<Unit>();
        var concepts = question.Where(t => t.IsConcept).ToList();
        var claimed = new HashSet<AnalyzedToken>();
        foreach (var concept in concepts)
        {
            var members = question.Where(t => !t.IsConcept && t.StartOffset >= concept.StartOffset && t.EndOffset <= concept.EndOffset).ToList();
            claimed.UnionWith(members);
            var words = members.Select(m => m.Term).Distinct(StringComparer.Ordinal).ToList();
            units.Add(new Unit(concept.Term, words, words.Append(concept.Term).Max(rarity)));
        }

        foreach (var word in question.Where(t => !t.IsConcept && !claimed.Contains(t)).DistinctBy(t => t.Term))
        {
            units.Add(new Unit(null, [word.Term], rarity(word.Term)));
        }

        return new Coverage(units);
    }

    /// <summary>The weighted share of the question's units with a term among <paramref name="clauseTerms"/>.</summary>
    public double Of(IReadOnlySet<string> clauseTerms)
    {
        var total = units.Sum(u => u.Weight);
        return total == 0 ? 0 : WeightIn(clauseTerms) / total;
    }

    /// <summary>
    /// The weight of the heaviest thing the question says that the clause lacks, as a share of the heaviest thing it
    /// says: near 1 when the question's most distinctive word ("quorum", "mileage") is nowhere in the clause.
    /// </summary>
    public double Missing(IReadOnlySet<string> clauseTerms)
    {
        var heaviest = units.Count == 0 ? 0 : units.Max(u => u.Weight);
        var missing = units.Where(u => !u.In(clauseTerms)).Select(u => u.Weight).DefaultIfEmpty(0).Max();
        return heaviest == 0 ? 0 : missing / heaviest;
    }

    /// <summary>The weighted share of the question's units that no clause of the index contains at all.</summary>
    public double Unseen(Func<string, bool> unseen)
    {
        var total = units.Sum(u => u.Weight);
        return total == 0 ? 0 : units.Where(u => u.Words.All(unseen) && (u.Concept is null || unseen(u.Concept))).Sum(u => u.Weight) / total;
    }

    /// <summary>The weight of the question's units found in the terms, for ranking sentences.</summary>
    public double WeightIn(IReadOnlySet<string> terms) => units.Where(u => u.In(terms)).Sum(u => u.Weight);
}
