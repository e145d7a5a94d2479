using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.Channel;
using GovernanceBot.People;
using GovernanceBot.Requests;

namespace GovernanceBot.Dialogs;

/// <summary>"My requests" and "Waiting for me": the sender's own requests, and what waits for their decision or acknowledgement.</summary>
public sealed class RequestLists(RequestWorkflow workflow, ICouncilDirectory directory)
{
    public async Task MyRequestsAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } aad)
        {
            await turn.SendActivityAsync("I can't tell who you are in this chat, so I can't list your requests.", cancellationToken);
            return;
        }

        var mine = await workflow.MyRequestsAsync(aad, cancellationToken);
        await turn.SendActivityAsync(CardReply.For(turn.Activity, new RequestListCard(
            "Your requests", "You haven't made any requests yet.", mine, directory.Council, aad, actionable: false)), cancellationToken);
    }

    public async Task WaitingForMeAsync(ITurnContext turn, CancellationToken cancellationToken)
    {
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } aad)
        {
            await turn.SendActivityAsync("I can't tell who you are in this chat, so I can't list what waits for you.", cancellationToken);
            return;
        }

        var waiting = await workflow.WaitingForMeAsync(aad, cancellationToken);
        await turn.SendActivityAsync(CardReply.For(turn.Activity, new RequestListCard(
            "Waiting for you", "Nothing is waiting for you.", waiting, directory.Council, aad, actionable: true)), cancellationToken);
    }
}
