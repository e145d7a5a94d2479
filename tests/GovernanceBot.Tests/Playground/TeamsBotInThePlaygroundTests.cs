using System.Text.Json.Nodes;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Cards;
using GovernanceBot.Tests.Support.Playground;
using Microsoft.Extensions.DependencyInjection;

namespace GovernanceBot.Tests.Playground;

// GovernanceBot itself, end to end through the real Agents Playground: the proof that a Teams-like client
// installs it, gets cited answers and can press the card's buttons. Each test uses its own chat or words.
public sealed class TeamsBotInThePlaygroundTests(TeamsBotAndPlayground peers) : IClassFixture<TeamsBotAndPlayground>
{
    private const string Question = "Can we get the head of planning to our group meeting? Who do I ask?";

    private AgentsPlayground Playground => peers.Playground;

    [Fact]
    public async Task InstallInThePersonalChatShowsTheWelcomeCard()
    {
        var config = await Playground.ConfigAsync();

        await Playground.InstallAsync(config.PersonalChatId);

        var welcome = await Playground.WaitForMessageAsync(message =>
            message.ConversationId == config.PersonalChatId
            && message.AdaptiveCard is { } card && CardJson.Texts(card).Contains("Hello, I'm GovernanceBot"));
        Assert.Equal("1.5", (string?)welcome.AdaptiveCard!["version"]);
        Assert.DoesNotContain(CardJson.Texts(welcome.AdaptiveCard), text => text.Contains("confidential reports in a personal chat", StringComparison.Ordinal));
    }

    [Fact]
    public async Task QuestionIsAnsweredWithACardCitingTheClauseAndItsFeedbackButtonIsRecorded()
    {
        var config = await Playground.ConfigAsync();

        await Playground.SendMessageAsync(config.PersonalChatId, config.CurrentUser.Id, Question);

        var answer = await Playground.WaitForMessageAsync(message =>
            message.ConversationId == config.PersonalChatId
            && message.AdaptiveCard is { } card && CardJson.Texts(card).Any(text => text.EndsWith("para 28", StringComparison.Ordinal)));
        var texts = CardJson.Texts(answer.AdaptiveCard!).ToList();
        Assert.Contains(texts, text => text.Contains("first instance be made to the Chief Executive", StringComparison.Ordinal));
        Assert.Contains("Who to go to: Chief Executive", texts);
        var yes = CardJson.OfType(answer.AdaptiveCard!, "Action.Submit").Single(action => (string?)action["title"] == "Yes");

        await Playground.SubmitAsync(config.PersonalChatId, config.CurrentUser.Id, answer.MessageId, yes["data"]!);

        // The card is replaced by one whose Yes/No buttons give way to what was recorded.
        var replaced = await Playground.WaitForMessageAsync(message =>
            message.ConversationId == config.PersonalChatId && message.Action == PlaygroundMessage.Updated && message.MessageId == answer.MessageId);
        Assert.Contains("Thanks for the feedback: helpful.", CardJson.Texts(replaced.AdaptiveCard!));
        Assert.DoesNotContain(CardJson.OfType(replaced.AdaptiveCard!, "Action.Submit"), action => (string?)action["title"] == "Yes");
        var feedback = await peers.Services.GetRequiredService<FeedbackStore>().ListAsync("derby", CancellationToken.None);
        var recorded = Assert.Single(feedback, row => row.AnswerId == (string?)yes["data"]!["answerId"]);
        Assert.Equal(Question, recorded.Question);
        Assert.True(recorded.Helpful);
        Assert.NotNull(recorded.ClauseKey);
    }

    [Fact]
    public async Task QuestionInTheGroupChatReachesTheBotOnlyThroughItsMention()
    {
        var config = await Playground.ConfigAsync();
        var leader = config.UserNamed("Sam Patel");

        await Playground.SendMessageAsync(config.GroupChatId, leader.Id, "Who should a briefing request for an Opposition Spokesperson go to?", mentionBot: true);

        var answer = await Playground.WaitForMessageAsync(message =>
            message.ConversationId == config.GroupChatId && message.AdaptiveCard is { } card
            && CardJson.Texts(card).Any(text => text.EndsWith("para 31", StringComparison.Ordinal)));
        Assert.Equal(PlaygroundMessage.Created, answer.Action);
    }
}
