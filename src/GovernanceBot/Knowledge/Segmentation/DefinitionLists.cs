namespace GovernanceBot.Knowledge.Segmentation;

/// <summary>
/// A heading whose sub-headings are short terms each with a short definition ("Seven principles of public
/// life" over "Selflessness", "Integrity"…) also becomes a clause of its own that lists them all, so a question
/// about the heading is answered with the whole list rather than one entry.
/// </summary>
static class DefinitionLists
{
    const int MinTerms = 3;
    const int MaxTermWords = 3;
    const int MaxDefinitionWords = 70;

    public static List<ClauseDraft> Add(List<ClauseDraft> drafts)
    {
        var result = new List<ClauseDraft>(drafts.Count);
        var i = 0;
        while (i < drafts.Count)
        {
            var parent = SectionPath.ParentOf(drafts[i].Section);
            var run = parent is null ? 1 : drafts.Skip(i).TakeWhile(d => SectionPath.ParentOf(d.Section) == parent).Count();
            var entries = drafts.Skip(i).Take(run).GroupBy(d => d.Section).Select(g => (Term: SectionPath.LastOf(g.Key), Definition: g.First())).ToList();
            result.AddRange(drafts.Skip(i).Take(run));
            if (parent is not null && IsDefinitionList(entries))
            {
                var text = string.Join(" ", entries.Select(e => $"{e.Term}: {e.Definition.Text}"));
                result.Add(new ClauseDraft(parent, "", text, entries[0].Definition.Start, entries[^1].Definition.End));
            }

            i += run;
        }

        return result;
    }

    static bool IsDefinitionList(List<(string Term, ClauseDraft Definition)> entries) =>
        entries.Count >= MinTerms
        && entries.All(e => e.Term.Length > 0 && char.IsUpper(e.Term[0]) && e.Term.Split(' ').Length <= MaxTermWords)
        && entries.All(e => e.Definition.Text.Split(' ').Length <= MaxDefinitionWords);
}
