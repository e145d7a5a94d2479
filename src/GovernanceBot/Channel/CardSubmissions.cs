using System.Text.Json;
using GovernanceBot.BotFramework;
using GovernanceBot.Dialogs;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>
/// What a card's buttons send back (a message with a <c>value</c>): feedback on an answer, a flow to start, a form
/// step, or (from clients without Universal Actions) a decision or an open request.
/// </summary>
public sealed class CardSubmissions(AnswerMemory memory, FeedbackStore feedback, FormDialog dialogs, SubmittedActions requests, TimeProvider time)
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
                await dialogs.StartAsync(turn, CardValues.String(value, "flow"), cancellationToken);
                break;
            case "dialog":
                await dialogs.ContinueWithCardAsync(turn, value, cancellationToken);
                break;
            case "decide" or "openRequest":
                await requests.OnSubmitAsync(turn, value, cancellationToken);
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
