using System.Text.Json.Nodes;
using GovernanceBot.Audit;
using GovernanceBot.BotFramework;
using GovernanceBot.Notifications;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Channel;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Hosting;

/// <summary>
/// Issue 11's acceptance: two instances started with <c>Storage__Azure__ConnectionString</c> set to one Azurite, different
/// <c>ASPNETCORE_URLS</c> and different <c>Storage__DataPath</c>, share every piece of state and nothing on disk.
/// </summary>
public sealed class TwoInstancesTests(TwoInstances instances) : IClassFixture<TwoInstances>
{
    const string AttendanceQuestion = "Who should a request for an officer to attend a political group meeting be made to?";

    // A guard against a dispatcher that never delivers, not a timing assertion.
    static readonly TimeSpan DeliveryGuard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task ACouncilSwitchSentToOneInstanceGovernsTheAnswerTheOtherGivesInTheSameConversation()
    {
        var switched = Assert.Single(await instances.A.SayAsync(LabourCouncillor, "shared-chat", "council lbe"));
        var replies = await instances.B.SayAsync(LabourCouncillor, "shared-chat", AttendanceQuestion);

        Assert.StartsWith("Now answering from London Borough", switched.Text, StringComparison.Ordinal);
        var card = BotApp.Card(replies.Last(reply => reply.Attachments is { Count: > 0 }));
        Assert.Contains(Cards.CardJson.Texts(card), text => text.Contains("London Borough", StringComparison.Ordinal));
    }

    [Fact]
    public void EachInstanceBuiltItsOwnIndexOnItsOwnDiskAndOpenedNoDatabase()
    {
        Assert.All(instances.Instances, instance =>
        {
            Assert.True(Directory.EnumerateFiles(Path.Combine(instance.DataPath, "index")).Any(), $"{instance.Name} has no index");
            Assert.Empty(Directory.EnumerateFiles(instance.DataPath, "*.db*", SearchOption.AllDirectories));
        });
    }

    [Fact]
    public async Task ARequestSentThroughOneInstanceIsOneDecisionWhenItsDecisionIsPressedOnBothAtOnceAndEachNotificationArrivesOnce()
    {
        var reference = await SendAttendanceRequestAsync(instances.A, "decide-requester");
        var stores = await instances.StoresAsync();
        var request = Assert.Single(await stores.Requests.ForPartyAsync(LabourCouncillor, [RequestParts.Requester], CancellationToken.None),
            r => r.Reference == reference);
        await instances.B.SayAsync(ChiefExecutive, "decide-ce", "help");

        var answers = await Task.WhenAll(instances.Instances.Select(instance =>
            instance.InvokeAsync(ChiefExecutive, "decide-ce", "decide", Decide(request, "Approve"))));

        var texts = answers.Select(InvokeText).ToList();
        // Both cards show the request approved; only one press decided it, the other is told nothing changed.
        Assert.All(texts, text => Assert.Contains("Approved by you on", text, StringComparison.Ordinal));
        Assert.Single(texts, text => text.Contains("already decided", StringComparison.Ordinal));
        var audit = await stores.Audit.ReadAsync("derby", CancellationToken.None);
        Assert.Single(audit, e => e.Reference == reference && e.Event == AuditEvents.DecisionRecorded);
        var outbox = await stores.Outbox.ForReferenceAsync(reference, CancellationToken.None);
        Assert.Single(outbox, m => m.Message.Kind == "request-approved");
        Assert.Equal(outbox.Count, outbox.Select(m => m.IdempotencyKey).Distinct().Count());

        // Both instances' dispatchers run; every notification is delivered, and the requester's chat gets each one once.
        await WaitUntilDeliveredAsync(stores, reference);
        var toRequester = instances.Connector.Activities
            .Where(a => a.ConversationId == "decide-requester" && a.Activity!.GetTeamsChannelData()?.Notification?.Alert == true)
            .Select(a => a.Activity!.Summary ?? a.Activity.Text ?? "")
            .ToList();
        Assert.Equal(outbox.Count(m => m.RecipientAadObjectId == LabourCouncillor), toRequester.Count);
        Assert.Equal(toRequester.Count, toRequester.Distinct().Count());
    }

    static async Task<string> SendAttendanceRequestAsync(TwoInstances.Instance instance, string conversation)
    {
        await instance.SayAsync(LabourCouncillor, conversation, "request officer attendance");
        await instance.SubmitAsync(LabourCouncillor, conversation, new JsonObject
        {
            ["action"] = "dialog", ["step"] = "form", ["flow"] = "officer-attendance",
            ["meetingDate"] = WorkingDayIn(14), ["officerOrService"] = "Head of Planning", ["subject"] = "the draft local plan", ["meetingKind"] = "full-group",
        });
        var sent = Assert.Single(await instance.SubmitAsync(LabourCouncillor, conversation, new JsonObject { ["action"] = "dialog", ["step"] = "confirm", ["choice"] = "send" }));
        Assert.StartsWith("Sent: your reference is DER-ATT-", sent.Text, StringComparison.Ordinal);
        return ReferenceIn(sent.Text!);
    }

    static async Task WaitUntilDeliveredAsync(Storage.Stores stores, string reference)
    {
        using var guard = new CancellationTokenSource(DeliveryGuard);
        while ((await stores.Outbox.ListAsync(new OutboxQuery(Status: OutboxRow.Pending), guard.Token)).Any(r => r.Reference == reference))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), guard.Token);
        }
    }
}
