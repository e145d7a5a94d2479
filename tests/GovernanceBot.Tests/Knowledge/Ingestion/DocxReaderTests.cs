using GovernanceBot.Knowledge.Ingestion;

using static GovernanceBot.Tests.Knowledge.Ingestion.ReaderOutput;

namespace GovernanceBot.Tests.Knowledge.Ingestion;

public sealed class DocxReaderTests
{
    readonly string[] lines = Lines(Read(new DocxReader(), DocxFixture.Protocol(), "protocol.docx"));

    [Fact]
    public void HeadingStandsOnItsOwnLine()
    {
        Assert.Equal("Officers and political groups", lines[0]);
        Assert.Equal("", lines[1]);
    }

    [Fact]
    public void NumberedParagraphsCarryTheNumberWordShows()
    {
        Assert.Contains("27. Officers may be asked to brief political groups.", lines);
        Assert.Contains("28. Requests for officers' attendance at political group meetings must be made to the Chief Executive.", lines);
        Assert.Contains("29. In terms of political group meetings, officers will:", lines);
    }

    [Fact]
    public void LetteredSubItemsFollowTheirLevelText()
    {
        var first = Array.IndexOf(lines, "(a) the request names the group;");

        Assert.True(first > 0, string.Join('\n', lines));
        Assert.Equal("(b) the Chief Executive replies in writing.", lines[first + 1]);
    }

    [Fact]
    public void BulletsBecomeDashItemsSetApartFromTheNumberedList()
    {
        var leadIn = Array.IndexOf(lines, "29. In terms of political group meetings, officers will:");

        Assert.Equal(
            ["", "- not attend unless the Chief Executive has agreed", "- respect the confidentiality of the discussion"],
            lines[(leadIn + 1)..(leadIn + 4)]);
    }

    [Fact]
    public void TableRowsAreTabSeparatedCells()
    {
        Assert.Contains("Conference\tCabinet portfolio\tOfficer(s)", lines);
        Assert.Contains("LGA Education Conference\tChildren and Young People\tDirector of Children's Services", lines);
    }

    [Fact]
    public void TabInsideAParagraphIsNotMistakenForACellEdge()
    {
        Assert.Contains("Columns in a paragraph stay one line.", lines);
    }

    [Fact]
    public void StyleNumberingContinuesTheListAndAStartOverrideRestartsIt()
    {
        Assert.Contains("30. Numbered through its style.", lines);
        Assert.Contains("1. A restarted list counts from one again.", lines);
    }

    [Fact]
    public void RandomBytesAreRefusedNamingTheFile()
    {
        var bytes = new byte[2048];
        new Random(7).NextBytes(bytes);

        var error = Assert.Throws<DocumentReadException>(() => Read(new DocxReader(), bytes, "minutes.docx"));

        Assert.StartsWith("Could not read 'minutes.docx': the file is not a valid Word document", error.Message);
    }
}
