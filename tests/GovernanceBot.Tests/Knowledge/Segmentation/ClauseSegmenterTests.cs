using GovernanceBot.Knowledge.Segmentation;

namespace GovernanceBot.Tests.Knowledge.Segmentation;

/// <summary>Clause shapes seen in constitutions, on small texts.</summary>
public sealed class ClauseSegmenterTests
{
    static IReadOnlyList<GovernanceBot.Knowledge.Clauses.Clause> Segment(string text) => ClauseSegmenter.Segment(text, "test", "doc", "Doc");

    [Fact]
    public void NumberedParagraphsUnderAHeadingAreSeparateClauses()
    {
        var clauses = Segment("Access to Documents\n\n36. Councillors may inspect documents.\n37. In cases of dispute the Monitoring Officer will determine eligibility.\n");

        Assert.Equal(["36", "37"], clauses.Select(c => c.Paragraph));
        Assert.All(clauses, c => Assert.Equal("Access to Documents", c.SectionPath));
    }

    [Fact]
    public void HeadedListOfRulesGivesOneClausePerRuleWithItsLeadIn()
    {
        var clauses = Segment(
            "In terms of casework, officers will:\n\n" +
            "- respond promptly to enquiries by providing a reply within five working days of the receipt of the request\n" +
            "- report to a senior manager any contact from a Councillor that does not comply with this protocol and its rules\n");

        Assert.Equal(2, clauses.Count);
        Assert.All(clauses, c => Assert.StartsWith("In terms of casework, officers will: ", c.Text));
        Assert.Equal("In terms of casework, officers will, item 2", clauses[1].Paragraph);
    }

    [Fact]
    public void BulletsUnderABulletThatCarriesOnTheLeadInKeepBothLeadIns()
    {
        var clauses = Segment(
            "In terms of casework, Councillors will:\n\n" +
            "- raise case working issues with an appropriate Director or a designated officer\n\n" +
            "- ask for, or provide, information on a particular case but:\n" +
            " - not raise issues in which they have a personal interest except by correspondence only\n" +
            " - not do anything which could be interpreted as a direction to, or pressure on, an officer\n");

        Assert.Equal(3, clauses.Count);
        Assert.All(clauses, c => Assert.StartsWith("In terms of casework, Councillors will: ", c.Text));
        Assert.StartsWith("In terms of casework, Councillors will: ask for, or provide, information on a particular case but: not raise issues", clauses[1].Text);
        Assert.Equal("In terms of casework, Councillors will, item 3", clauses[2].Paragraph);
    }

    [Fact]
    public void ABulletWithASubjectOfItsOwnStartsANewList()
    {
        var clauses = Segment(
            "- Councils must:\n" +
            "  - review governance arrangements and schemes of delegation on a regular basis\n" +
            "  - prepare an annual governance statement to increase transparency about governance\n\n" +
            "- Councillors must:\n" +
            "  - ensure they are aware of expected behaviour and conduct set out in the Code of Conduct\n" +
            "  - satisfy themselves that the chief financial officer has the necessary access and influence\n");

        Assert.Equal(["Councils must", "Councils must", "Councillors must", "Councillors must"], clauses.Select(c => c.Paragraph[..c.Paragraph.IndexOf(',')]));
        Assert.DoesNotContain(clauses, c => c.Text.Contains("Councils must: Councillors must:", StringComparison.Ordinal));
    }

    [Fact]
    public void ListOfShortPhrasesStaysOneClause()
    {
        var clauses = Segment("17. Officers can expect from councillors:\n - (a) a working partnership;\n - (b) respect, dignity and courtesy;\n");

        var clause = Assert.Single(clauses);
        Assert.Equal("Officers can expect from councillors: (a) a working partnership; (b) respect, dignity and courtesy;", clause.Text);
    }

    [Fact]
    public void RunningHeaderRepeatedOnEveryPageIsDropped()
    {
        var page = "Protocol on Relations\n\n{0}. Officers serve the council as a whole and give impartial advice on every matter.\n\f";
        var text = string.Concat(Enumerable.Range(1, 4).Select(i => string.Format(page, i)));

        var clauses = Segment(text);

        Assert.Equal(4, clauses.Count);
        Assert.DoesNotContain(clauses, c => c.Text.Contains("Protocol on Relations"));
    }

    [Fact]
    public void MarkdownHeadingLevelsFormTheSectionPath()
    {
        var clauses = Segment("# Part 2\n\n## Political groups\n\nGroups may ask for briefings from officers when they need them.\n");

        Assert.Equal("Part 2 › Political groups", Assert.Single(clauses).SectionPath);
    }

    [Theory]
    [InlineData("How would you tackle this?")]
    [InlineData("Where?")]
    [InlineData("Reminder: how do councils work?")]
    [InlineData("© Local Government Association, May 2018")]
    public void TextThatStatesNothingIsNotAClause(string nothing)
    {
        var clauses = Segment($"Tackling poor behaviour\n\n{nothing}\n\nCouncillors should raise concerns about an officer with the Chief Executive.\n");

        var clause = Assert.Single(clauses);
        Assert.StartsWith("Councillors should raise", clause.Text);
    }

    [Fact]
    public void QuestionFollowedByItsAnswerIsKept()
    {
        var clauses = Segment("Can I ask an officer to my group meeting? Yes, through the Chief Executive.\n");

        Assert.Single(clauses);
    }

    [Fact]
    public void EmptyTextHasNoClauses()
    {
        Assert.Empty(Segment("\n\n   \n"));
    }
}
