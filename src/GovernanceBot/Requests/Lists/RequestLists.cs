using GovernanceBot.BotFramework;
using GovernanceBot.Cards;
using GovernanceBot.People;
using GovernanceBot.Requests.Cards;
using GovernanceBot.Requests.Conversation;
using GovernanceBot.Requests.Workflow;

namespace GovernanceBot.Requests.Lists;

/// <summary>
/// "My requests", "Waiting for me" and a typed reference: the sender's own requests, what waits for their decision or
/// acknowledgement, one request they are party to. A list or request with anything confidential in it is shown only
/// in their personal chat; asked for in a group, it goes there and the group is told only that it was sent privately.
/// </summary>
public sealed class RequestLists(RequestWorkflow workflow, ICouncilDirectory directory, Confidentiality confidentiality, PrivateChats privateChats)
{
    public Task MyRequestsAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        ListAsync(turn, "list your requests", workflow.MyRequestsAsync, "Your requests", "You haven't made any requests yet.", actionable: false, cancellationToken);

    public Task WaitingForMeAsync(ITurnContext turn, CancellationToken cancellationToken) =>
        ListAsync(turn, "list what waits for you", workflow.WaitingForMeAsync, "Waiting for you", "Nothing is waiting for you.", actionable: true, cancellationToken);

    async Task ListAsync(
        ITurnContext turn,
        string what,
        Func<string, CancellationToken, Task<IReadOnlyList<RoutedRequest>>> requestsOf,
        string title,
        string none,
        bool actionable,
        CancellationToken cancellationToken)
    {
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } aad)
        {
            await turn.SendActivityAsync($"I can't tell who you are in this chat, so I can't {what}.", cancellationToken);
            return;
        }

        var requests = await requestsOf(aad, cancellationToken);
        await ShowAsync(turn, new RequestListCard(title, none, requests, directory.Council, aad, actionable), requests.Any(confidentiality.IsConfidential), cancellationToken);
    }

    /// <summary>Opens the request a typed reference names ("DER-REP-0001"), for a party to it; anyone else reads "not found".</summary>
    public async Task OpenAsync(ITurnContext turn, string reference, CancellationToken cancellationToken)
    {
        if (turn.Activity.From?.AadObjectId is not { Length: > 0 } aad
            || await workflow.FindByReferenceAsync(reference, aad, cancellationToken) is not { } request)
        {
            await turn.SendActivityAsync(Confidentiality.NotFound, cancellationToken);
            return;
        }

        await ShowAsync(turn, new RequestCard(request, directory.Council(request.CouncilId), aad), confidentiality.IsConfidential(request), cancellationToken);
    }

    async Task ShowAsync(ITurnContext turn, ICard card, bool confidential, CancellationToken cancellationToken)
    {
        if (Confidentiality.MayShowIn(confidential, turn.Activity.Conversation?.ConversationType))
        {
            await turn.SendActivityAsync(CardReply.For(turn.Activity, card), cancellationToken);
            return;
        }

        if (await privateChats.OpenAsync(turn, cancellationToken) is not { } chat)
        {
            await turn.SendActivityAsync("That includes something confidential, so I only show it in a personal chat with you, and I couldn't open one. Please message me directly.", cancellationToken);
            return;
        }

        await privateChats.SendAsync(turn, chat, CardReply.For(turn.Activity, card), cancellationToken);
        await turn.SendActivityAsync("That includes something confidential, so I've sent it to you privately.", cancellationToken);
    }
}
