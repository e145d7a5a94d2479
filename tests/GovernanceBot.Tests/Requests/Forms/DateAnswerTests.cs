using GovernanceBot.Requests.Forms;
using GovernanceBot.Routing;
using GovernanceBot.Tests.Requests.Workflow;

namespace GovernanceBot.Tests.Requests.Forms;

/// <summary>Dates as people say them are understood, and the example a prompt gives is one the field accepts.</summary>
public sealed class DateAnswerTests
{
    static readonly DateOnly Monday = new(2026, 3, 2);

    static readonly WorkingDays Derby = new(RoutingRules.Load(WorkflowFixture.Catalog).ClosureDays["derby"].Select(CouncilClosure.Parse).ToList());

    static readonly FormField MeetingDate = new("meetingDate", "Meeting date", "What is the date of the meeting?", FieldKind.Date, "")
    {
        Dates = DateRule.FutureWorkingDay,
    };

    static readonly FormField ContactDate = new("contactDate", "Date of contact", "On what date did it happen?", FieldKind.Date, "")
    {
        Dates = DateRule.NotInFuture,
    };

    [Theory]
    [InlineData("next friday", "2026-03-06")]
    [InlineData("Friday", "2026-03-06")]
    [InlineData("tomorrow", "2026-03-03")]
    [InlineData("in 2 weeks", "2026-03-16")]
    [InlineData("16 March 2026", "2026-03-16")]
    public void EverydayDatesAreAccepted(string said, string stored) =>
        Assert.Equal(stored, FieldAnswers.Check(MeetingDate, said, Monday, Derby).Value);

    [Theory]
    [InlineData("2026-03-07", "a Saturday")]
    [InlineData("2026-05-04", "a bank holiday")]
    [InlineData("2026-12-29", "a day the council is closed")]
    public void AMeetingIsOnAWorkingDay(string date, string why) =>
        Assert.Contains(why, FieldAnswers.Check(MeetingDate, date, Monday, Derby).Problem, StringComparison.Ordinal);

    [Fact]
    public void AContactDateMayBeYesterdayOrLastFriday()
    {
        Assert.Equal("2026-03-01", FieldAnswers.Check(ContactDate, "yesterday", Monday, Derby).Value);
        Assert.Equal("2026-02-27", FieldAnswers.Check(ContactDate, "last friday", Monday, Derby).Value);
    }

    [Fact]
    public void TheExamplesAPromptGivesAreAcceptedOnEveryDayOfTheYear()
    {
        for (var today = new DateOnly(2026, 1, 1); today.Year == 2026; today = today.AddDays(1))
        {
            foreach (var field in new[] { MeetingDate, ContactDate })
            {
                var example = FieldAnswers.DateExample(field, today, Derby);
                foreach (var quoted in Examples(example))
                {
                    Assert.True(FieldAnswers.Check(field, quoted, today, Derby).IsValid, $"On {today}, the example \"{quoted}\" ({example}) is refused.");
                }
            }
        }
    }

    /// <summary>The dates an example offers: the written date after "for example", and each quoted phrase.</summary>
    static IEnumerable<string> Examples(string example)
    {
        var written = example["for example ".Length..].Split([" or ", ", "], StringSplitOptions.None)[0];
        yield return written;
        foreach (var quoted in example.Split('"').Where((_, i) => i % 2 == 1))
        {
            yield return quoted;
        }
    }
}
