using GovernanceBot.Knowledge.Retrieval;

namespace GovernanceBot.Tests.Knowledge.Retrieval;

public sealed class QuestionKindTests
{
    [Theory]
    [InlineData("How much is the allowance for a cabinet member?")]
    [InlineData("how long has the officer got to reply to me")]
    [InlineData("How often does the committee look at this?")]
    [InlineData("By when must the report be circulated?")]
    [InlineData("What's the rate for mileage?")]
    [InlineData("Is there a maximum number of questions I can table?")]
    [InlineData("What is the deadline for amendments?")]
    [InlineData("Which year is the next review?")]
    [InlineData("When is the next full council?")]
    public void QuestionsAfterAnAmountAPeriodADateOrALimitAskForAFact(string question) => Assert.True(QuestionKind.AsksForFact(question));

    [Theory]
    [InlineData("Who do I raise a staffing concern with?")]
    [InlineData("What should councillors go by when posting online?")]
    [InlineData("Can the head of planning come to our group meeting?")]
    [InlineData("When should I declare an interest?")]
    public void QuestionsAfterARuleOrARoleDoNot(string question) => Assert.False(QuestionKind.AsksForFact(question));

    [Theory]
    [InlineData("Enquiries will be acknowledged within five working days.")]
    [InlineData("The protocol will be reviewed every 4 years.")]
    [InlineData("review governance arrangements on a regular basis")]
    [InlineData("Officers will respond promptly to councillors.")]
    [InlineData("The Monitoring Officer must be told immediately.")]
    public void ClausesGivingAPeriodOrAFrequencyStateATime(string text) => Assert.True(QuestionKind.StatesTime(text));

    [Theory]
    [InlineData("Officers are accountable to the Council as a whole.")]
    [InlineData("Requests for attendance go to the Chief Executive.")]
    public void ClausesAboutWhoDoesWhatDoNot(string text) => Assert.False(QuestionKind.StatesTime(text));
}
