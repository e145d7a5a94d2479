using GovernanceBot.Knowledge.Answers;

namespace GovernanceBot.Tests.Knowledge.Answers;

[Collection(KnowledgeCollection.Name)]
public sealed class AnswerEngineTests(KnowledgeFixture knowledge)
{
    Task<Answer> Ask(string council, string question) => knowledge.Engine.AskAsync(council, question, CancellationToken.None);

    [Fact]
    public async Task ColloquialQuestionIsAnsweredWithTheClauseAndTheRoleToGoTo()
    {
        var answer = await Ask("derby", "Can we get the head of planning along to our Labour group meeting next week? Who do I ask?");

        Assert.True(answer.Answered);
        Assert.Equal("28", answer.Citations[0].Paragraph);
        Assert.Equal("Chief Executive", answer.Route?.Role);
        Assert.Contains("made to the Chief Executive", answer.Text);
    }

    [Fact]
    public async Task AnswerQuotesTheAnsweringSentenceNotTheWholeClause()
    {
        var answer = await Ask("lbe", "Who do I raise a concern with when the officer concerned is the Chief Executive?");

        Assert.Equal("17", answer.Citations[0].Paragraph);
        Assert.StartsWith("Where the employee concerned is the Chief Executive", answer.Text);
        Assert.Equal("Monitoring Officer", answer.Route?.Role);
    }

    [Fact]
    public async Task GeneralQuestionQuotesTheGeneralRuleNotItsException()
    {
        var answer = await Ask("lbe", "Who should a councillor raise a concern about an officer's conduct with?");

        Assert.Equal("17", answer.Citations[0].Paragraph);
        Assert.Equal("Service Director", answer.Route?.Role);
    }

    [Fact]
    public async Task QuestionInTheClausesExceptionalCaseGoesWhereTheExceptionSays()
    {
        var answer = await Ask("rushcliffe", "The Monitoring Officer has said no to my request for a report. Who can overturn that?");

        Assert.True(answer.Answered);
        Assert.Contains("if the refusal was by the Monitoring Officer", answer.Citations[0].Text);
        Assert.Equal("Chief Executive", answer.Route?.Role);
    }

    [Fact]
    public async Task QuestionAskingWhoHoldsARoleIsSentToThePostByName()
    {
        var answer = await Ask("derby", "Who is the Monitoring Officer at Derby?");

        Assert.True(answer.Answered);
        Assert.Equal("Director of Legal, Procurement and Democratic Services (Monitoring Officer)", answer.Route?.Role);
    }

    [Fact]
    public async Task QuestionTheProtocolDoesNotCoverIsHandedToDemocraticServices()
    {
        var answer = await Ask("derby", "What is the council's policy on councillors' car parking permits?");

        Assert.False(answer.Answered);
        Assert.Equal(AnswerKind.HandOff, answer.Kind);
        Assert.Empty(answer.Citations);
        Assert.Contains("Democratic Services", answer.Text);
    }

    [Fact]
    public async Task WordThatOnlyLooksLikeACoveredWordDoesNotCountAsCovered()
    {
        // "allowance" must not meet "allow them to respond" in lbe 29(a).
        var answer = await Ask("lbe", "How much is the councillors' basic allowance?");

        Assert.False(answer.Answered);
    }

    [Fact]
    public async Task AnswersComeOnlyFromTheCouncilsOwnDocumentsAndNationalGuidance()
    {
        var answer = await Ask("derby", "Who meets the cost of conference attendance by councillors?");

        Assert.All(answer.Citations, c => Assert.Contains(c.Document, new[] { "derby-working-together-protocol", "accounts-commission-roles-and-working-relationships-2010" }));
    }

    [Fact]
    public async Task ActorInTheQuestionPicksTheirSideOfTheAgreement()
    {
        var answer = await Ask("rushcliffe", "What must officers do when they attend a political group meeting?");

        Assert.StartsWith("In terms of political group meetings, officers will:", answer.Citations[0].Text);
    }

    [Fact]
    public async Task AnswerQuotingAnAbolishedBodySaysSo()
    {
        var answer = await Ask("lbe", "Where does an alleged breach of the code of conduct for councillors get raised?");

        Assert.True(answer.Answered);
        Assert.Contains("abolished in 2012", answer.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t  ")]
    [InlineData("\u0001\u0002\u0007")]
    [InlineData("?!?")]
    public async Task EmptyQuestionIsRefusedWithAMessage(string question)
    {
        var error = await Assert.ThrowsAsync<InvalidQuestionException>(() => Ask("derby", question));

        Assert.StartsWith("Please type a question", error.Message);
    }

    [Fact]
    public async Task OverlongQuestionIsRefusedWithItsLength()
    {
        var error = await Assert.ThrowsAsync<InvalidQuestionException>(() => Ask("derby", new string('a', 10_000)));

        Assert.Contains("10,000 characters", error.Message);
    }

    [Fact]
    public async Task ControlCharactersInAQuestionAreIgnored()
    {
        var answer = await Ask("derby", "Who determines\u0000 access to\u001b documents\r\n when there is a dispute?");

        Assert.True(answer.Answered);
        Assert.Equal("Monitoring Officer", answer.Route?.Role);
    }

    [Fact]
    public async Task UnknownCouncilIsNamedInTheError()
    {
        var error = await Assert.ThrowsAsync<UnknownCouncilException>(() => Ask("atlantis", "Who do I ask?"));

        Assert.Equal("atlantis", error.CouncilId);
    }

    [Theory]
    [InlineData("hi")]
    [InlineData("Thanks!")]
    [InlineData("good morning")]
    [InlineData("cheers, that's really helpful")]
    [InlineData("what can you do?")]
    [InlineData("are you a real person?")]
    public async Task GreetingsAndThanksGetAShortReplySayingWhatTheBotDoes(string message)
    {
        var answer = await Ask("derby", message);

        Assert.Equal(AnswerKind.SmallTalk, answer.Kind);
        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Contains("Derby City Council's protocol", answer.Text);
    }

    [Fact]
    public async Task ThanksFollowedByAQuestionIsAQuestion()
    {
        var answer = await Ask("derby", "thanks - and who do I ask to get an officer to our group meeting?");

        Assert.Equal(AnswerKind.Answer, answer.Kind);
        Assert.Equal("28", answer.Citations[0].Paragraph);
    }

    [Theory]
    [InlineData("derby", "When is the next full council meeting?")]
    [InlineData("rushcliffe", "Where do I park when I come to a meeting at the Arena?")]
    [InlineData("lbe", "What's the wifi password in the civic centre?")]
    public async Task QuestionNearTheTopicButNotCoveredIsDeclined(string council, string question)
    {
        var answer = await Ask(council, question);

        Assert.Equal(AnswerKind.HandOff, answer.Kind);
    }

    [Fact]
    public async Task ListClauseAnswerQuotesTheItemThatAnswersNotTheWholeList()
    {
        var answer = await Ask("derby", "Can officers expect not to be criticised by councillors in public meetings where they can't answer back?");

        Assert.Equal("17(g)", answer.Citations[0].Paragraph);
        Assert.StartsWith("Officers can expect from councillors:", answer.Text);
        Assert.Contains("not to be subject to unwarranted criticism", answer.Text);
        Assert.DoesNotContain("(a) a working partnership", answer.Text);
    }

    [Fact]
    public async Task NationalGuidanceIsCitedForWhatItIs()
    {
        var answer = await Ask("derby", "Should the council regularly assess how well councillors and officers work together?");

        Assert.Contains(answer.Citations, c => c.Title.StartsWith("Accounts Commission (Scotland), 2010", StringComparison.Ordinal));
    }
}
