using GovernanceBot.Knowledge.Routes;

namespace GovernanceBot.Tests.Knowledge.Routes;

public sealed class RouteReadingTests
{
    const string Refusal = "refer a decision to refuse a Councillor access to requested information to the Monitoring Officer at the Councillor's request (or to the Chief Executive if the refusal was by the Monitoring Officer) for decision";
    const string Attendance = "direct requests for staff attendance at group or other political meetings to the Chief Executive or in their absence the Deputy Chief Executive at whose absolute discretion attendance rests";
    const string Breach = "bring any failure to comply with this protocol to the attention of the Monitoring Officer or their deputy or, in the absence of both, the Head of Paid Service, or follow the whistleblowing policy";
    const string StatutoryRoles = "The three specific statutory roles are undertaken by the Chief Executive (Head of Paid Service), the Director of Legal, Procurement and Democratic Services (Monitoring Officer) and the Strategic Director of Corporate Resources (Chief Finance Officer).";

    [Fact]
    public void ConditionalAlternativeIsReadWithItsCondition()
    {
        var alternative = Assert.Single(AlternativeRoutes.In(Refusal));

        Assert.Equal("Chief Executive", alternative.Role);
        Assert.Equal("the refusal was by the Monitoring Officer", alternative.Condition);
        Assert.False(alternative.WhenAbsent);
    }

    [Theory]
    [InlineData(Attendance, "Deputy Chief Executive")]
    [InlineData(Breach, "Chief Executive")]
    public void AlternativeInAnAbsenceIsRead(string text, string role)
    {
        var alternative = Assert.Single(AlternativeRoutes.In(text));

        Assert.Equal(role, alternative.Role);
        Assert.True(alternative.WhenAbsent);
    }

    [Theory]
    [InlineData("the Monitoring Officer turned my request down, who reviews it?", true)]
    [InlineData("I was refused access to a report, who decides?", false)]
    public void ConditionNamingARoleAppliesOnlyToAQuestionNamingIt(string question, bool applies) =>
        Assert.Equal(applies, AlternativeRoutes.In(Refusal)[0].AppliesTo(question));

    [Theory]
    [InlineData("the Chief Executive is on annual leave this week, who agrees an officer coming to our group?", true)]
    [InlineData("she's off sick, who else can decide?", true)]
    [InlineData("who agrees an officer coming to our group?", false)]
    public void AbsenceAlternativeAppliesOnlyWhenTheQuestionSaysSomeoneIsAway(string question, bool applies) =>
        Assert.Equal(applies, AlternativeRoutes.In(Attendance)[0].AppliesTo(question));

    [Fact]
    public void ClauseWithoutAnAlternativeGivesNone() =>
        Assert.Empty(AlternativeRoutes.In("Requests for officers' attendance at political group meetings should be made to the Chief Executive."));

    [Fact]
    public void ConditionWithoutARoleIsNotAnAlternativeRoute() =>
        Assert.Empty(AlternativeRoutes.In("councillors or officers where appropriate may attend"));

    [Theory]
    [InlineData("Monitoring Officer", "Director of Legal, Procurement and Democratic Services (Monitoring Officer)")]
    [InlineData("Chief Finance Officer", "Strategic Director of Corporate Resources (Chief Finance Officer)")]
    [InlineData("Chief Executive", "Chief Executive (Head of Paid Service)")]
    public void PostHoldingTheAskedRoleIsNamedWithIt(string asked, string post) =>
        Assert.Equal(post, Assert.Single(PostHolders.Holding(StatutoryRoles, [asked])));

    [Fact]
    public void SentenceOpeningIsNotReadAsAPost() =>
        Assert.Empty(PostHolders.Holding("The Monitoring Officer (the Council's lawyer) advises.", ["Monitoring Officer"]));

    [Theory]
    [InlineData("under the management of the Director of Legal and Democratic Services although", "Director of Legal and Democratic Services")]
    [InlineData("with the agreement of the Chief Whip;", "Chief Whip")]
    [InlineData("raised with the appropriate Director of the service", "Director")]
    public void ManagingAndAgreeingRolesAreRoutes(string text, string role) =>
        Assert.Equal(role, RouteFinder.DirectedRoles(text)[0]);
}
