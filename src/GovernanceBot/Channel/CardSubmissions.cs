using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>
/// What a card's buttons send back (a message with a <c>value</c>), read by the one card-action contract: feedback on
/// an answer, or a request button (a flow to start, a form step, or from clients without Universal Actions a decision
/// or an open request), which goes to the request slice.
/// </summary>
public sealed partial class CardSubmissions(AnswerMemory memory, FeedbackStore feedback, QuestionTurn questions, RequestTurns requests, TimeProvider time, ILogger<CardSubmissions> logger)
{
    public async Task HandleAsync(ITurnContext turn, JsonElement value, CancellationToken cancellationToken)
    {
        var action = CardActions.Parse(null, value);
        if (action is FeedbackAction vote)
        {
            await RecordFeedbackAsync(turn, vote, cancellationToken);
        }
        else if (!await requests.TryCardAsync(turn, action, cancellationToken))
        {
            await turn.SendActivityAsync("I didn't recognise that button press. Please ask your question again.", cancellationToken);
        }
    }

    /// <summary>
    /// Records the vote. The feedback row of the card it came from is replaced by what was recorded, so the buttons
    /// cannot be pressed again; in a group chat or channel nothing is posted for everyone to see.
    /// </summary>
    async Task RecordFeedbackAsync(ITurnContext turn, FeedbackAction vote, CancellationToken cancellationToken)
    {
        var answer = await memory.FindAsync(turn.Activity, vote.AnswerId, cancellationToken);
        var voter = turn.Activity.From?.AadObjectId ?? turn.Activity.From?.Id;
        var personal = turn.Activity.Conversation?.ConversationType is null or StoredConversationReference.Personal;
        if (answer is null || voter is null)
        {
            if (personal)
            {
                await turn.SendActivityAsync("I no longer have that answer on record, so I couldn't record your feedback.", cancellationToken);
            }

            return;
        }

        await feedback.RecordAsync(
            new Feedback(answer.AnswerId, answer.Council, answer.Question, answer.ClauseKey, vote.Helpful, time.GetUtcNow()),
            voter,
            cancellationToken);
        if (await ReplaceCardAsync(turn, answer, vote.Helpful, cancellationToken) || !personal)
        {
            return;
        }

        await turn.SendActivityAsync("Thanks for the feedback.", cancellationToken);
    }

    /// <summary>Replaces the answer card the press came from with one whose buttons are gone; false when that cannot be done.</summary>
    async Task<bool> ReplaceCardAsync(ITurnContext turn, AnswerRecord answer, bool helpful, CancellationToken cancellationToken)
    {
        if (turn.Activity.ReplyToId is not { Length: > 0 } cardId || questions.AnsweredWithFeedback(answer, helpful) is not { } card)
        {
            return false;
        }

        var update = CardReply.For(turn.Activity, card);
        update.Id = cardId;
        update.ReplyToId = null;
        try
        {
            await turn.UpdateActivityAsync(update, cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is ConnectorException or HttpRequestException)
        {
            LogCardNotUpdated(logger, exception);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not replace the answer card after feedback")]
    static partial void LogCardNotUpdated(ILogger logger, Exception exception);
}
