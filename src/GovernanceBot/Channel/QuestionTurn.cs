using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Councils;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Councils;

using Microsoft.Extensions.Options;

namespace GovernanceBot.Channel;

/// <summary>Answers a question for the user's council with an answer card, or an abstention card when the protocol is silent.</summary>
public sealed class QuestionTurn(
    IAnswerEngine engine,
    CouncilCatalog catalog,
    CouncilResolver councils,
    IRouteContacts contacts,
    FlowOffers offers,
    AnswerMemory memory,
    IOptions<ChannelOptions> options)
{
    public async Task AnswerAsync(ITurnContext turn, string question, CancellationToken cancellationToken)
    {
        Activity reply;
        await using (await TypingIndicator.StartAsync(turn, options.Value.TypingDelay, cancellationToken))
        {
            reply = await ReplyAsync(turn, question, cancellationToken);
        }

        await turn.SendActivityAsync(reply, cancellationToken);
    }

    /// <summary>
    /// The answer card a feedback press came from, asked again and with the feedback in place of its buttons, so the
    /// card can be replaced and not pressed twice; null when the question no longer has an answer card.
    /// </summary>
    public ICard? AnsweredWithFeedback(AnswerRecord record, bool helpful)
    {
        Answer answer;
        try
        {
            answer = engine.Ask(record.Council, record.Question);
        }
        catch (Exception e) when (e is InvalidQuestionException or UnknownCouncilException)
        {
            return null;
        }

        if (!answer.Answered || answer.Citations.Count == 0)
        {
            return null;
        }

        var councilName = catalog.TryGet(record.Council, out var council) ? council.DisplayName : record.Council;
        var contact = answer.Route is { } route ? contacts.Find(record.Council, route.Role) : null;
        return new AnswerCard(answer, record.AnswerId, councilName, contact, offers.For(record.Council, answer, record.ClauseKey), helpful);
    }

    async Task<Activity> ReplyAsync(ITurnContext turn, string question, CancellationToken cancellationToken)
    {
        if (await councils.ResolveAsync(turn.Activity, cancellationToken) is not { } councilId)
        {
            return MessageFactory.Text("Your organisation (Microsoft 365 tenant) is not configured for any council yet, so I can't answer. Please ask your administrator to add it.");
        }

        Answer answer;
        try
        {
            answer = engine.Ask(councilId, question);
        }
        catch (InvalidQuestionException invalid)
        {
            return MessageFactory.Text(invalid.Message);
        }
        catch (UnknownCouncilException)
        {
            return MessageFactory.Text($"The council '{councilId}' you are set up for has no protocol loaded, so I can't answer. {CouncilList.Describe(catalog)}");
        }

        var councilName = catalog.TryGet(councilId, out var council) ? council.DisplayName : councilId;
        if (!answer.Answered || answer.Citations.Count == 0)
        {
            return CardReply.For(turn.Activity, new AbstentionCard(councilName, answer.Text));
        }

        var answerId = Guid.NewGuid().ToString("N");
        var contact = answer.Route is { } route ? contacts.Find(councilId, route.Role) : null;
        var clauseKey = answer.Citations[0].ClauseKey ?? $"{answer.Citations[0].Document}#{answer.Citations[0].Paragraph}";
        var card = new AnswerCard(answer, answerId, councilName, contact, offers.For(councilId, answer, clauseKey));
        // Remembered before sending, so a click on the card can never arrive before its record.
        await memory.RememberAsync(turn.Activity, new AnswerRecord(answerId, councilId, answer.Question, clauseKey), cancellationToken);
        return CardReply.For(turn.Activity, card);
    }
}
