using GovernanceBot.Knowledge.Ingestion;

using static GovernanceBot.Tests.Knowledge.Ingestion.ReaderOutput;

namespace GovernanceBot.Tests.Knowledge.Ingestion;

public sealed class HtmlReaderTests
{
    const string Page = """
        <!DOCTYPE html>
        <html><head><title>Protocol</title><style>p { color: red }</style><script>var tracking = 1;</script></head>
        <body>
          <header><a href="/">Site banner</a></header>
          <nav><ul><li>Menu item</li></ul></nav>
          <main>
            <article>
              <header><h1>Officers and   political groups</h1></header>
              <p>Officers may be asked
                 to brief groups.</p>
              <ol start="28"><li>Requests for officers' attendance at political group meetings must be made to the
                  <strong>Chief Executive</strong>.</li></ol>
              <p>In terms of political group meetings, officers will:</p>
              <ul><li>not attend unless agreed</li><li>respect confidentiality</li></ul>
              <ol type="a"><li>the request names the group</li><li><p>the reply is in writing</p></li></ol>
              <table>
                <tr><th>Conference</th><th>Cabinet portfolio</th></tr>
                <tr><td>LGA Education Conference</td><td>Children and<br>Young People</td></tr>
              </table>
            </article>
          </main>
          <footer>Copyright Derby City Council</footer>
        </body></html>
        """;

    readonly string text = Read(new HtmlReader(), Page, "protocol.html");

    [Fact]
    public void HeadingAndParagraphsAreLinesWithWhitespaceCollapsed()
    {
        var lines = Lines(text);

        Assert.Equal("Officers and political groups", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.Equal("Officers may be asked to brief groups.", lines[2]);
    }

    [Fact]
    public void OrderedItemsKeepTheirNumberAndLettersFollowTheListType()
    {
        var lines = Lines(text);

        Assert.Contains("28. Requests for officers' attendance at political group meetings must be made to the Chief Executive.", lines);
        Assert.Contains("(a) the request names the group", lines);
        Assert.Contains("(b) the reply is in writing", lines);
    }

    [Fact]
    public void UnorderedItemsBecomeDashLinesUnderTheirLeadInAndTheNextListIsSetApart()
    {
        var lines = Lines(text);
        var leadIn = Array.IndexOf(lines, "In terms of political group meetings, officers will:");

        Assert.Equal(["", "- not attend unless agreed", "- respect confidentiality", "", "(a) the request names the group"], lines[(leadIn + 1)..(leadIn + 6)]);
    }

    [Fact]
    public void TableRowsAreTabSeparatedCells()
    {
        Assert.Contains("Conference\tCabinet portfolio", Lines(text));
        Assert.Contains("LGA Education Conference\tChildren and Young People", Lines(text));
    }

    [Theory]
    [InlineData("Site banner")]
    [InlineData("Menu item")]
    [InlineData("Copyright")]
    [InlineData("tracking")]
    [InlineData("color")]
    public void PageChromeIsDropped(string chrome)
    {
        Assert.DoesNotContain(chrome, text);
    }
}
