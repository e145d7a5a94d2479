using GovernanceBot.Knowledge.Ingestion;

using static GovernanceBot.Tests.Knowledge.Ingestion.ReaderOutput;

namespace GovernanceBot.Tests.Knowledge.Ingestion;

public sealed class PdfReaderTests
{
    readonly string text = Read(new PdfReader(), PdfFixture.TwoPageProtocol(), "protocol.pdf");

    [Fact]
    public void WrappedNumberedParagraphComesBackAsOneLine()
    {
        Assert.Contains(
            "28. Requests for officers' attendance at political group meetings must be made in the first instance to the Chief Executive.",
            Lines(text));
    }

    [Fact]
    public void HeadingStandsOnItsOwnLineBetweenBlankLines()
    {
        var lines = Lines(text);
        var heading = Array.IndexOf(lines, "Officers and political groups");

        Assert.True(heading > 0, text);
        Assert.Equal("", lines[heading - 1]);
        Assert.Equal("", lines[heading + 1]);
    }

    [Fact]
    public void PagesAreSeparatedByAFormFeedLineWithTheHeaderRepeatedOnEach()
    {
        var pages = text.Split("\n\f\n");

        Assert.Equal(2, pages.Length);
        Assert.All(pages, page => Assert.Equal(PdfFixture.Header, Lines(page)[0]));
        Assert.StartsWith("29. In terms of political group meetings", Lines(pages[1])[2]);
    }

    [Fact]
    public void BulletGlyphsBecomeDashItems()
    {
        var lines = Lines(text);

        Assert.Contains("- not attend unless the Chief Executive has agreed", lines);
        Assert.Contains("- respect the confidentiality of the discussion", lines);
    }

    [Theory]
    [InlineData(0.9)]
    [InlineData(0.5)]
    [InlineData(0.05)]
    public void TruncatedPdfIsRefusedNamingTheFile(double kept)
    {
        var whole = PdfFixture.TwoPageProtocol();
        var truncated = whole.AsSpan(0, (int)(whole.Length * kept)).ToArray();

        var error = Assert.Throws<DocumentReadException>(() => Read(new PdfReader(), truncated, "agenda-pack.pdf"));

        Assert.StartsWith("Could not read 'agenda-pack.pdf': the file is not a valid PDF", error.Message);
    }
}
