using GovernanceBot.Knowledge.Ingestion;

using static GovernanceBot.Tests.Knowledge.Ingestion.ReaderOutput;

namespace GovernanceBot.Tests.Knowledge.Ingestion;

public sealed class MarkdownReaderTests
{
    const string Document = """
        # Officers and political groups

        Officers may be asked to brief **political groups**
        on matters of _Council_ business.

        28. Requests for officers' attendance at political group meetings must be made
            to the [Chief Executive](https://example.org/ceo).

        In terms of political group meetings, officers will:

        * not attend unless agreed
        + respect `confidentiality`
          - including nested points

        Section two
        ---

        | Conference | Cabinet portfolio |
        |:-----------|------------------:|
        | LGA Education Conference | Children and Young People |

        A literal \*asterisk\* and 3 \| 4 stay.
        """;

    readonly string[] lines = Lines(Read(new MarkdownReader(), Document, "protocol.md"));

    [Fact]
    public void HashHeadingsAndSetextHeadingsBecomeHeadingLines()
    {
        Assert.Equal("Officers and political groups", lines[0]);
        Assert.Contains("Section two", lines);
    }

    [Fact]
    public void SoftWrappedParagraphIsJoinedAndEmphasisRemoved()
    {
        Assert.Contains("Officers may be asked to brief political groups on matters of Council business.", lines);
    }

    [Fact]
    public void NumberedItemKeepsItsNumberAndLinksKeepTheirText()
    {
        Assert.Contains("28. Requests for officers' attendance at political group meetings must be made to the Chief Executive.", lines);
    }

    [Fact]
    public void EveryBulletMarkerBecomesADash()
    {
        var first = Array.IndexOf(lines, "- not attend unless agreed");

        Assert.Equal(["- respect confidentiality", "- including nested points"], lines[(first + 1)..(first + 3)]);
    }

    [Fact]
    public void TableRowsAreTabSeparatedWithoutTheAlignmentRow()
    {
        var header = Array.IndexOf(lines, "Conference\tCabinet portfolio");

        Assert.Equal("LGA Education Conference\tChildren and Young People", lines[header + 1]);
        Assert.DoesNotContain(lines, line => line.Contains("---", StringComparison.Ordinal));
    }

    [Fact]
    public void EscapedPunctuationStaysLiteral()
    {
        Assert.Contains("A literal *asterisk* and 3 | 4 stay.", lines);
    }
}
