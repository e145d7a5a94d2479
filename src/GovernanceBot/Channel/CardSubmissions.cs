using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>What a card's buttons send back (a message with a <c>value</c>): feedback on an answer, or a flow to start.</summary>
public sealed class CardSubmissions(AnswerMemory memory, FeedbackStore feedback, TimeProvider time)
{
    public async Task HandleAsync(ITurnContext turn, JsonElement value, CancellationToken cancellationToken)
    {
        var action = value.ValueKind == JsonValueKind.Object && value.TryGetProperty("action", out var named) && named.ValueKind == JsonValueKind.String
            ? named.GetString()
            : null;
        switch (action)
        {
            case "feedback":
                await RecordFeedbackAsync(turn, value, cancellationToken);
                break;
            case "startFlow":
                // The guided flows arrive with the dialogs; until then say so rather than pretend to start one.
                await turn.SendActivityAsync(
                    "I can't run that request for you here yet: guided requests are coming soon. For now, please contact the officer named on the answer card.",
                    cancellationToken);
                break;
            default:
                await turn.SendActivityAsync("I didn't recognise that button press. Please ask your question again.", cancellationToken);
                break;
        }
    }

    async Task RecordFeedbackAsync(ITurnContext turn, JsonElement value, CancellationToken cancellationToken)
    {
        if (!value.TryGetProperty("answerId", out var id) || id.ValueKind != JsonValueKind.String
            || !value.TryGetProperty("helpful", out var helpful) || helpful.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            await turn.SendActivityAsync("I couldn't read that feedback. Please use the Yes or No button on an answer.", cancellationToken);
            return;
        }

        var answer = await memory.FindAsync(turn.Activity, id.GetString()!, cancellationToken);
        var voter = turn.Activity.From?.AadObjectId ?? turn.Activity.From?.Id;
        if (answer is null || voter is null)
        {
            await turn.SendActivityAsync("I no longer have that answer on record, so I couldn't record your feedback.", cancellationToken);
            return;
        }

        await feedback.RecordAsync(
            new Feedback(answer.AnswerId, answer.Council, answer.Question, answer.ClauseKey, helpful.GetBoolean(), time.GetUtcNow()),
            voter,
            cancellationToken);
        await turn.SendActivityAsync("Thanks for the feedback.", cancellationToken);
    }
}
