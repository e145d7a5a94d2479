using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>
/// What a card's buttons send back (a message with a <c>value</c>), read by the one card-action contract: feedback on
/// an answer, or a request button (a flow to start, a form step, or from clients without Universal Actions a decision
/// or an open request), which goes to the request slice.
/// </summary>
public sealed class CardSubmissions(AnswerMemory memory, FeedbackStore feedback, RequestTurns requests, TimeProvider time)
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
        if (personal)
        {
            await turn.SendActivityAsync("Thanks for the feedback.", cancellationToken);
        }
    }
}
