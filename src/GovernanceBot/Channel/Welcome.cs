using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Councils;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>
/// Greets a conversation once when the bot is installed. Teams announces an install twice (the bot joining the
/// conversation and the installation itself), so the greeting is remembered in the conversation's state.
/// </summary>
public sealed class Welcome(ConversationState conversationState, CouncilResolver councils, CouncilCatalog catalog)
{
    const string Welcomed = "welcomed";

    public static bool IsBotAdded(Activity activity) =>
        activity.IsType(ActivityTypes.ConversationUpdate)
        && activity.MembersAdded?.Any(member => member.Id is not null && member.Id == activity.Recipient?.Id) == true;

    public static bool IsInstalled(Activity activity) =>
        activity.IsType(ActivityTypes.InstallationUpdate) && string.Equals(activity.Action, "add", StringComparison.OrdinalIgnoreCase);

    public static bool IsUninstalled(Activity activity) =>
        activity.IsType(ActivityTypes.InstallationUpdate) && string.Equals(activity.Action, "remove", StringComparison.OrdinalIgnoreCase);

    /// <summary>The welcome card for this conversation, with its council's example questions.</summary>
    public async Task<WelcomeCard> CardForAsync(Activity activity, CancellationToken cancellationToken)
    {
        var councilId = await councils.ResolveAsync(activity, cancellationToken);
        var examples = councilId is not null && catalog.TryGet(councilId, out var council) ? council.Examples : null;
        return new WelcomeCard(personalScope: activity.Conversation?.ConversationType is null or StoredConversationReference.Personal, examples);
    }

    public async Task GreetAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity is not { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation })
        {
            return;
        }

        var state = await conversationState.LoadAsync(channel, conversation, cancellationToken);
        if (state.Get<bool>(Welcomed))
        {
            return;
        }

        state.Set(Welcomed, true);
        await conversationState.SaveAsync(state, cancellationToken);
        await turn.SendActivityAsync(CardReply.For(turn.Activity, await CardForAsync(turn.Activity, cancellationToken)), cancellationToken);
    }

    /// <summary>Forgets the greeting, so a later reinstall is welcomed again.</summary>
    public Task ForgetAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        turn.Activity is { ChannelId: { Length: > 0 } channel, Conversation.Id: { Length: > 0 } conversation }
            ? conversationState.ResetAsync(channel, conversation, cancellationToken)
            : Task.CompletedTask;
}
