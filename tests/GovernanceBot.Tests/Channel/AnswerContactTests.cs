using GovernanceBot.BotFramework;
using GovernanceBot.Tests.Cards;

namespace GovernanceBot.Tests.Channel;

public sealed class AnswerContactTests(BotApp app) : IClassFixture<BotApp>
{
    [Fact]
    public async Task AnswerCardNamesThePersonInTheDirectoryWhoHoldsTheRole()
    {
        var replies = await app.TurnAsync(app.Message("contact", "Who should a request for an officer to attend a political group meeting be made to?"));

        var card = BotApp.Card(replies.Single(reply => reply.IsType(ActivityTypes.Message)));
        var facts = CardJson.OfType(card, "FactSet").SelectMany(set => set["facts"]!.AsArray()).Select(f => ((string)f!["title"]!, (string)f["value"]!)).ToList();
        Assert.Contains("Who to go to: Chief Executive", CardJson.Texts(card));
        Assert.Contains(("Name", "Pat Okafor"), facts);
        Assert.Contains(("Email", "chief.executive@derby.example"), facts);
    }
}
