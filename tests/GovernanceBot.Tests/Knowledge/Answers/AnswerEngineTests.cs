using GovernanceBot.Knowledge.Answers;

namespace GovernanceBot.Tests.Knowledge.Answers;

[Collection(KnowledgeCollection.Name)]
public sealed class AnswerEngineTests(KnowledgeFixture knowledge)
{
    [Fact]
    public void ColloquialQuestionIsAnsweredWithTheClauseAndTheRoleToGoTo()
    {
        var answer = knowledge.Engine.Ask("derby", "Can we get the head of planning along to our Labour group meeting next week? Who do I ask?");

        Assert.True(answer.Answered);
        Assert.Equal("28", answer.Citations[0].Paragraph);
        Assert.Equal("Chief Executive", answer.Route?.Role);
        Assert.Contains("made to the Chief Executive", answer.Text);
    }

    [Fact]
    public void AnswerQuotesTheAnsweringSentenceNotTheWholeClause()
    {
        var answer = knowledge.Engine.Ask("lbe", "Who do I raise a concern with when the officer concerned is the Chief Executive?");

        Assert.Equal("17", answer.Citations[0].Paragraph);
        Assert.StartsWith("Where the employee concerned is the Chief Executive", answer.Text);
        Assert.Equal("Monitoring Officer", answer.Route?.Role);
    }

    [Fact]
    public void QuestionTheProtocolDoesNotCoverIsHandedToDemocraticServices()
    {
        var answer = knowledge.Engine.Ask("derby", "What is the council's policy on councillors' car parking permits?");

        Assert.False(answer.Answered);
        Assert.Empty(answer.Citations);
        Assert.Contains("Democratic Services", answer.Text);
    }

    [Fact]
    public void WordThatOnlyLooksLikeACoveredWordDoesNotCountAsCovered()
    {
        // "allowance" must not meet "allow them to respond" in lbe 29(a).
        var answer = knowledge.Engine.Ask("lbe", "How much is the councillors' basic allowance?");

        Assert.False(answer.Answered);
    }

    [Fact]
    public void AnswersComeOnlyFromTheCouncilsOwnDocumentsAndNationalGuidance()
    {
        var answer = knowledge.Engine.Ask("derby", "Who meets the cost of conference attendance by councillors?");

        Assert.All(answer.Citations, c => Assert.Contains(c.Document, new[] { "derby-working-together-protocol", "accounts-commission-roles-and-working-relationships-2010" }));
    }

    [Fact]
    public void ActorInTheQuestionPicksTheirSideOfTheAgreement()
    {
        var answer = knowledge.Engine.Ask("rushcliffe", "What must officers do when they attend a political group meeting?");

        Assert.StartsWith("In terms of political group meetings, officers will:", answer.Citations[0].Text);
    }

    [Fact]
    public void AnswerQuotingAnAbolishedBodySaysSo()
    {
        var answer = knowledge.Engine.Ask("lbe", "Where does an alleged breach of the code of conduct for councillors get raised?");

        Assert.True(answer.Answered);
        Assert.Contains("abolished in 2012", answer.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t  ")]
    [InlineData("\u0001\u0002\u0007")]
    [InlineData("?!?")]
    public void EmptyQuestionIsRefusedWithAMessage(string question)
    {
        var error = Assert.Throws<InvalidQuestionException>(() => knowledge.Engine.Ask("derby", question));

        Assert.StartsWith("Please type a question", error.Message);
    }

    [Fact]
    public void OverlongQuestionIsRefusedWithItsLength()
    {
        var error = Assert.Throws<InvalidQuestionException>(() => knowledge.Engine.Ask("derby", new string('a', 10_000)));

        Assert.Contains("10,000 characters", error.Message);
    }

    [Fact]
    public void ControlCharactersInAQuestionAreIgnored()
    {
        var answer = knowledge.Engine.Ask("derby", "Who determines\u0000 access to\u001b documents\r\n when there is a dispute?");

        Assert.True(answer.Answered);
        Assert.Equal("Monitoring Officer", answer.Route?.Role);
    }

    [Fact]
    public void UnknownCouncilIsNamedInTheError()
    {
        var error = Assert.Throws<UnknownCouncilException>(() => knowledge.Engine.Ask("atlantis", "Who do I ask?"));

        Assert.Equal("atlantis", error.CouncilId);
    }
}
