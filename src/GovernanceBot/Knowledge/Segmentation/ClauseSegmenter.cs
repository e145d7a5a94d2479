using GovernanceBot.Knowledge.Clauses;

namespace GovernanceBot.Knowledge.Segmentation;

/// <summary>
/// Cuts a document's text into clauses, the unit users cite: numbered paragraphs ("28."), lettered
/// sub-items ("13(b)"), the bullets of a headed list ("In terms of political group meetings, Councillors
/// will:" travels with each bullet under it), plain paragraphs and table rows, each with its section path.
/// </summary>
public static class ClauseSegmenter
{
    public static IReadOnlyList<Clause> Segment(string text, string scope, string documentId, string documentTitle)
    {
        var builder = new ClauseBuilder(scope, documentId, documentTitle);
        var blocks = TextBlocks.Read(text);
        for (var i = 0; i < blocks.Count; i++)
        {
            builder.Add(blocks[i], i + 1 < blocks.Count ? blocks[i + 1] : null);
        }

        return builder.Finish();
    }
}
