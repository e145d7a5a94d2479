using System.Text.Json.Nodes;
using GovernanceBot.BotFramework;
using GovernanceBot.Notifications;
using GovernanceBot.Tests.Cards;
using GovernanceBot.Tests.Channel;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Requests.Conversation;

/// <summary>
/// The notification card delivered to the decider's Teams chat is the one they act from: its Approve button, pressed
/// as it is, decides the request, and the other groups' leaders are told in their own chats.
/// </summary>
public sealed class TeamsDeliveredDecisionTests(BotApp app) : IClassFixture<BotApp>
{
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task ApproveButtonOnTheDeliveredCardDecidesAndOnlyTheOtherGroupLeadersAreTold()
    {
        foreach (var (person, chat) in Chats)
        {
            await app.SayAsync(person, chat, "help");
        }

        var request = await AttendanceRequestAsync(app);
        var notice = await DeliveredAsync("ce-chat", request.Reference);
        var approve = CardJson.OfType(BotApp.Card(notice), "Action.Execute").Single(a => (string?)a["title"] == "Approve");

        var response = await app.InvokeAsync(ChiefExecutive, "ce-chat", (string)approve["verb"]!, approve["data"]!.DeepClone().AsObject());

        Assert.Contains("Approved by you on", InvokeText(response), StringComparison.Ordinal);
        Assert.Contains("offered to your group too", (await DeliveredAsync("con-chat", request.Reference)).Text, StringComparison.Ordinal);
        Assert.Contains("offered to your group too", (await DeliveredAsync("ld-chat", request.Reference)).Text, StringComparison.Ordinal);
        Assert.Contains("Approved", (await DeliveredAsync("lab-chat", request.Reference, "Approved")).Text, StringComparison.Ordinal);
        Assert.DoesNotContain(app.Sent("lab-leader-chat"), a => a.Text?.Contains(request.Reference, StringComparison.Ordinal) == true);
    }

    static readonly (string Person, string Chat)[] Chats =
    [
        (ChiefExecutive, "ce-chat"), (ConservativeLeader, "con-chat"), (LibDemLeader, "ld-chat"),
        (LabourCouncillor, "lab-chat"), (LabourLeader, "lab-leader-chat"),
    ];

    /// <summary>Runs the dispatcher until the chat has a notification about the request (the background one may deliver it first).</summary>
    async Task<Activity> DeliveredAsync(string chat, string reference, string? saying = null)
    {
        var dispatcher = app.Services.GetRequiredService<NotificationDispatcher>();
        using var patience = new CancellationTokenSource(Patience);
        while (true)
        {
            if (app.Sent(chat).FirstOrDefault(a => a.Text?.StartsWith(reference, StringComparison.Ordinal) == true
                && (saying is null || a.Text.Contains(saying, StringComparison.Ordinal))) is { } delivered)
            {
                return delivered;
            }

            await dispatcher.DispatchPendingAsync(patience.Token);
            await Task.Delay(50, patience.Token);
        }
    }
}
