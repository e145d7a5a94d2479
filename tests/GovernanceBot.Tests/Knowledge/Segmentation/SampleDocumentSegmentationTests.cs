using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Segmentation;

namespace GovernanceBot.Tests.Knowledge.Segmentation;

/// <summary>The shipped protocols cut into the clauses their readers cite.</summary>
public sealed class SampleDocumentSegmentationTests
{
    static IReadOnlyList<Clause> Segment(string council, string file) =>
        ClauseSegmenter.Segment(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "councils", council, file)), council, Path.GetFileNameWithoutExtension(file), file);

    static readonly IReadOnlyList<Clause> Derby = Segment("derby", "derby-working-together-protocol.txt");
    static readonly IReadOnlyList<Clause> Lbe = Segment("lbe", "convention-on-working-relations.txt");
    static readonly IReadOnlyList<Clause> Rushcliffe = Segment("rushcliffe", "rushcliffe-standards-committee-2024-02-06.txt");
    static readonly IReadOnlyList<Clause> National = Segment("national", "accounts-commission-roles-and-working-relationships-2010.txt");

    static Clause Single(IEnumerable<Clause> clauses, Func<Clause, bool> match) => Assert.Single(clauses, c => match(c));

    [Fact]
    public void DerbyParagraph28IsOneClauseUnderItsHeading()
    {
        var clause = Single(Derby, c => c.Paragraph == "28");

        Assert.StartsWith("Requests for officers' attendance at political group or Shadow Cabinet meetings", clause.Text);
        Assert.Contains("offer them a similar facility", clause.Text);
        Assert.Equal("Officers' Relationship with Political Groups", clause.SectionPath);
    }

    [Fact]
    public void DerbyParagraphsNumberedOneToFortyEightAreAllFound()
    {
        var numbers = Derby.Select(c => c.Paragraph).Where(p => int.TryParse(p, out _)).Select(int.Parse).Distinct().Order();

        Assert.Equal(Enumerable.Range(1, 48), numbers);
    }

    [Fact]
    public void DerbyParagraphBrokenAcrossAPageIsJoined()
    {
        var clause = Single(Derby, c => c.Paragraph == "13");

        Assert.Contains("to ensure that council business is conducted fairly", clause.Text);
    }

    [Fact]
    public void DerbyUnnumberedFollowOnParagraphStaysWithItsParagraph()
    {
        var clause = Single(Derby, c => c.Paragraph == "20");

        Assert.Contains("acknowledged by officers within two working days", clause.Text);
    }

    [Fact]
    public void DerbyListOfShortExpectationsStaysOneClauseWithItsLeadIn()
    {
        var clause = Single(Derby, c => c.Paragraph == "17");

        Assert.StartsWith("Officers can expect from councillors:", clause.Text);
        Assert.Contains("(f) not to be subject to bullying or undue pressure", clause.Text);
        Assert.Contains("(i) that councillors will at all times comply", clause.Text);
    }

    [Fact]
    public void LbeLetteredRulesAreClausesUnderTheirSubHeading()
    {
        var decline = Single(Lbe, c => c.Paragraph == "13(b)" && c.SectionPath.EndsWith("officer attendance"));
        var reports = Single(Lbe, c => c.Paragraph == "13(a)" && c.SectionPath.EndsWith("reports"));

        Assert.Contains("may decline to attend or to provide a representative", decline.Text);
        Assert.StartsWith("Political groups may request the Chief Executive or an Executive Director to prepare a briefing", reports.Text);
        Assert.Equal("Political groups › officer attendance", decline.SectionPath);
    }

    [Fact]
    public void LbeNumberAndFirstItemOnOneLineAreSplit()
    {
        var clause = Single(Lbe, c => c.Paragraph == "18(a)");

        Assert.StartsWith("information received about conferences will be circulated", clause.Text);
    }

    [Fact]
    public void LbeItemBrokenByBlankLinesIsJoined()
    {
        var clause = Single(Lbe, c => c.Paragraph == "18(e)");

        Assert.Contains("more than two members to a conference or seminar", clause.Text);
    }

    [Fact]
    public void LbeConferenceAppendixRowsAreLabelledByTheHeader()
    {
        var rows = Lbe.Where(c => c.Paragraph.StartsWith("table row")).ToList();

        Assert.Contains(rows, r => r.Text == "Conference: L G A Education Conference; Cabinet portfolio: Children and Young People; Officer(s): Director of Children’s Services");
        Assert.All(rows, r => Assert.Equal("Appendix to Convention Governing Working Relations › MAJOR CONFERENCE LIST", r.SectionPath));
        Assert.Contains(rows, r => r.Text.StartsWith("Conference: Association of Directors of Social Services Conference; Cabinet portfolio:"));
    }

    [Fact]
    public void RushcliffeBulletsCarryTheHeadingThatGivesThemMeaning()
    {
        var clause = Single(Rushcliffe, c => c.Text.Contains("direct requests for staff attendance"));

        Assert.StartsWith("In terms of political group meetings, Councillors will: direct requests for staff attendance", clause.Text);
        Assert.Equal("In terms of political group meetings, Councillors will, item 1", clause.Paragraph);
    }

    [Fact]
    public void RushcliffeBrieflyWordedDutiesAreEachAClause()
    {
        var clause = Single(Rushcliffe, c => c.Text.Contains("not disclose confidential or exempt information to the media"));

        Assert.Equal("In terms of media relations, Councillors will: not disclose confidential or exempt information to the media", clause.Text.TrimEnd('.', ';'));
        Assert.Equal("In terms of media relations, Councillors will, item 2", clause.Paragraph);
    }

    [Fact]
    public void RushcliffeOfficersAndCouncillorsSidesAreSeparateClauses()
    {
        var officers = Single(Rushcliffe, c => c.Text.Contains("inform the leaders of the other political groups"));

        Assert.StartsWith("In terms of political group meetings, officers will:", officers.Text);
    }

    [Theory]
    [InlineData("This page is intentionally left blank")]
    [InlineData("@rushcliffe.gov.uk")]
    [InlineData("0115 981 9911")]
    [InlineData("NG2 7YG")]
    [InlineData("(Pages 13 52)")]
    [InlineData("Appendix 1 ")]
    public void RushcliffePageFurnitureIsDropped(string furniture)
    {
        Assert.DoesNotContain(Rushcliffe, c => c.Text.Contains(furniture, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void NolanPrinciplesAreAlsoOneClauseListingAllSeven()
    {
        var list = Single(Rushcliffe, c => c.SectionPath == "Seven principles of public life – The Nolan Principles");

        Assert.StartsWith("Selflessness: Holders of public office should act solely in terms of the public interest.", list.Text);
        Assert.Contains("Leadership: Holders of public office should exhibit these principles", list.Text);
    }

    [Fact]
    public void NationalGuidanceBulletsCarryTheirLeadIn()
    {
        var clause = Single(National, c => c.Text.Contains("prepare an annual governance statement"));

        Assert.StartsWith("Councils must: prepare an annual governance statement", clause.Text);
        Assert.EndsWith("Ensuring governance arrangements are fit for purpose and up to date", clause.SectionPath);
    }

    [Fact]
    public void EveryClauseKnowsItsDocumentAndSourceOffsets()
    {
        Assert.All(Derby.Concat(Lbe).Concat(Rushcliffe), c =>
        {
            Assert.False(string.IsNullOrWhiteSpace(c.Text));
            Assert.True(c.End >= c.Start && c.Start >= 0);
        });
    }
}
