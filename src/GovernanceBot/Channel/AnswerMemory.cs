using GovernanceBot.BotFramework;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>What an answer card's feedback buttons refer to, kept in the conversation's state when the card is sent.</summary>
public sealed record AnswerRecord(string AnswerId, string Council, string Question, string? ClauseKey);

/// <summary>
/// The recent answers of one conversation, so a "Was this helpful?" click can be recorded against the question and
/// clause without putting them in the card, where a user could alter them.
/// </summary>
public sealed class AnswerMemory(ConversationState conversationState)
{
    const string Answers = "answers";
    const int Kept = 20;

    public async Task RememberAsync(Activity activity, AnswerRecord answer, CancellationToken cancellationToken)
    {
        if (await LoadAsync(activity, cancellationToken) is not { } state)
        {
            return;
        }

        var answers = state.Get<List<AnswerRecord>>(Answers) ?? [];
        answers.Add(answer);
        state.Set(Answers, answers.TakeLast(Kept).ToList());
        await conversationState.SaveAsync(state, cancellationToken);
    }

    public async Task<AnswerRecord?> FindAsync(Activity activity, string answerId, CancellationToken cancellationToken) =>
        await LoadAsync(activity, cancellationToken) is { } state
            ? state.Get<List<AnswerRecord>>(Answers)?.LastOrDefault(answer => answer.AnswerId == answerId)
            : null;

    async Task<StateBag?> LoadAsync(Activity activity, CancellationToken cancellationToken) =>
        activity is { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation }
            ? await conversationState.LoadAsync(channel, conversation, cancellationToken)
            : null;
}
