using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Councils;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Requests;

namespace GovernanceBot.Channel;

/// <summary>
/// The words the bot treats as commands rather than questions: <c>help</c>, the flows and request lists
/// (the request slice's) and, in local mode, <c>council &lt;id&gt;</c>.
/// </summary>
public sealed class Commands(CouncilResolver councils, CouncilCatalog catalog, RequestTurns requests)
{
    /// <summary>Runs <paramref name="text"/> as a command; false when it is not one (so it is a question).</summary>
    public async Task<bool> TryRunAsync(ITurnContext turn, string text, CancellationToken cancellationToken)
    {
        var words = text.Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words is [var help] && help.Equals("help", StringComparison.OrdinalIgnoreCase))
        {
            await turn.SendActivityAsync(CardReply.For(turn.Activity, Welcome.CardFor(turn.Activity)), cancellationToken);
            return true;
        }

        if (await requests.TryCommandAsync(turn, text, cancellationToken))
        {
            return true;
        }

        if (words.Length == 0 || !words[0].Equals("council", StringComparison.OrdinalIgnoreCase) || words is [_, var id] && id.Contains(' '))
        {
            return false;
        }

        if (!councils.CanSwitch)
        {
            await turn.SendActivityAsync("Your council is set by your organisation, so it can't be changed here.", cancellationToken);
            return true;
        }

        if (words.Length == 1 || !catalog.TryGet(words[1], out var chosen))
        {
            var current = await councils.ResolveAsync(turn.Activity, cancellationToken);
            var opening = words.Length == 1 ? $"You are using '{current}'." : "I don't know that council.";
            await turn.SendActivityAsync($"{opening} {CouncilList.Describe(catalog)} Say \"council <id>\" to switch.", cancellationToken);
            return true;
        }

        await councils.ChooseAsync(turn.Activity, chosen.Id, cancellationToken);
        await turn.SendActivityAsync($"Now answering from {chosen.DisplayName}'s protocol.", cancellationToken);
        return true;
    }
}
