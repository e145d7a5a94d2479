using System.Text.Json.Nodes;
using GovernanceBot.Notifications;
using GovernanceBot.Storage;
using GovernanceBot.Tests.Cards;
using GovernanceBot.Tests.Support.Playground;
using Microsoft.Extensions.DependencyInjection;
using static GovernanceBot.Tests.Requests.Conversation.Derby;

namespace GovernanceBot.Tests.Playground;

// The officer attendance flow of issue 5 driven through the real Agents Playground, its current user the Chief
// Executive. Everyone else speaks in the Playground's group chat, so the bot knows them only from there and must
// open a chat with each of them (the Playground's create-conversation) to tell them; the Playground shows those
// chats on its protocol log, not its conversation stream.
public sealed class AttendanceFlowInThePlaygroundTests(ChiefExecutivesPlayground peers) : IClassFixture<ChiefExecutivesPlayground>
{
    private const string Subject = "the draft local plan consultation, seen in the Playground";

    private AgentsPlayground Playground => peers.Playground;

    [Fact]
    public async Task ChiefExecutiveApprovesACouncillorsRequestAndOnlyTheOtherGroupLeadersAreOfferedTheSame()
    {
        var config = await Playground.ConfigAsync();
        var (chiefExecutive, councillor) = (config.CurrentUser, config.UserNamed("Alex Morgan"));
        var (labourLeader, conservativeLeader, libDemLeader) = (config.UserNamed("Sam Patel"), config.UserNamed("Jo Clarke"), config.UserNamed("Chris Evans"));
        Assert.Equal("Pat Okafor", chiefExecutive.Name);
        await Playground.SendMessageAsync(config.PersonalChatId, chiefExecutive.Id, "help");
        await Playground.WaitForMessageAsync(message => message.ConversationId == config.PersonalChatId);
        foreach (var leader in new[] { labourLeader, conservativeLeader, libDemLeader })
        {
            await SpeakInTheGroupChatAsync(config, leader, "help");
        }

        var reference = await RequestAttendanceAsync(config, councillor);

        var decisionCard = await Playground.WaitForMessageAsync(message =>
            message.ConversationId == config.PersonalChatId && message.AdaptiveCard is { } card
            && CardJson.Texts(card).Contains($"{reference}: for your decision"));
        var approve = CardJson.OfType(decisionCard.AdaptiveCard!, "Action.Execute").Single(action => (string?)action["title"] == "Approve");
        var approved = await Playground.InvokeAsync(config.PersonalChatId, chiefExecutive.Id, decisionCard.MessageId, (string)approve["verb"]!, approve["data"]);

        Assert.Contains("Approved by you on", InvokeText(approved), StringComparison.Ordinal);
        var toConservatives = await NoticeAsync(conservativeLeader, reference, "offered to your group too");
        var toLibDems = await NoticeAsync(libDemLeader, reference, "offered to your group too");
        var toCouncillor = await NoticeAsync(councillor, reference, "Approved");
        Assert.Contains(Subject, (string)toConservatives["text"]!, StringComparison.Ordinal);
        Assert.Contains(Subject, (string)toLibDems["text"]!, StringComparison.Ordinal);
        Assert.Contains("Pat Okafor", (string)toCouncillor["text"]!, StringComparison.Ordinal);
        Assert.All(new[] { toConservatives, toLibDems, toCouncillor }, notice =>
        {
            Assert.Equal(StoredConversationReference.Personal, (string?)notice["conversation"]?["conversationType"]);
            Assert.NotEqual(config.GroupChatId, (string?)notice["conversation"]?["id"]);
        });

        await AllDeliveredAsync(reference);
        Assert.NotEmpty(await peers.Services.GetRequiredService<ConversationReferenceStore>().ForUserAsync(labourLeader.AadObjectId, CancellationToken.None));
        // Anything the bot had sent the Labour leader would be on the log before the exchange of this later turn.
        await SpeakInTheGroupChatAsync(config, labourLeader, "my requests");
        Assert.DoesNotContain(Playground.Log.Frames.Unclaimed(), frame =>
            frame["log"]?["request"]?["body"] is JsonObject sent
            && (string?)sent["recipient"]?["aadObjectId"] == labourLeader.AadObjectId
            && ((string?)sent["text"])?.Contains(reference, StringComparison.Ordinal) == true);
    }

    /// <summary>The councillor asks in the group chat, fills in the form card and sends it from the confirm card; returns the reference.</summary>
    private async Task<string> RequestAttendanceAsync(PlaygroundConfig config, PlaygroundUser councillor)
    {
        await Playground.SendMessageAsync(config.GroupChatId, councillor.Id, "request officer attendance", mentionBot: true);
        var form = await Playground.WaitForMessageAsync(message =>
            message.ConversationId == config.GroupChatId && message.AdaptiveCard is { } card
            && CardJson.OfType(card, "Input.Date").Any(input => (string?)input["id"] == "meetingDate"));
        // Teams sends the button's data with the inputs' values merged in.
        var filled = Button(form, "Action.Submit", "Next: check and send");
        filled["meetingDate"] = WorkingDayIn(21);
        filled["officerOrService"] = "Head of Planning";
        filled["subject"] = Subject;
        filled["meetingKind"] = "full-group";
        await Playground.SubmitAsync(config.GroupChatId, councillor.Id, form.MessageId, filled);

        var confirm = await Playground.WaitForMessageAsync(message =>
            message.ConversationId == config.GroupChatId && message.AdaptiveCard is { } card
            && CardJson.Texts(card).Any(text => text.Contains(Subject, StringComparison.Ordinal))
            && CardJson.OfType(card, "Action.Submit").Any(action => (string?)action["title"] == "Send"));
        await Playground.SubmitAsync(config.GroupChatId, councillor.Id, confirm.MessageId, Button(confirm, "Action.Submit", "Send"));

        var sent = await Playground.WaitForMessageAsync(message =>
            message.ConversationId == config.GroupChatId && message.Text?.StartsWith("Sent: your reference is DER-ATT-", StringComparison.Ordinal) == true);
        Assert.Contains("Pat Okafor", sent.Text, StringComparison.Ordinal);
        return ReferenceIn(sent.Text!);
    }

    /// <summary>Someone other than the current user mentions the bot in the group chat; returns once the bot has answered the turn.</summary>
    private async Task SpeakInTheGroupChatAsync(PlaygroundConfig config, PlaygroundUser speaker, string text)
    {
        var id = await Playground.SendMessageAsync(config.GroupChatId, speaker.Id, text, mentionBot: true);
        await Playground.WaitForLogAsync(entry =>
            (string?)entry["request"]?["body"]?["id"] == id && (int?)entry["response"]?["statusCode"] is >= 200 and < 300);
    }

    /// <summary>The bot's proactive message about the request to the person, as the Playground's protocol log shows it accepted.</summary>
    private async Task<JsonObject> NoticeAsync(PlaygroundUser to, string reference, string saying)
    {
        var entry = await Playground.WaitForLogAsync(entry =>
            entry["request"]?["body"] is JsonObject sent
            && (string?)sent["type"] == "message"
            && (string?)sent["recipient"]?["aadObjectId"] == to.AadObjectId
            && ((string?)sent["text"])?.StartsWith(reference, StringComparison.Ordinal) == true
            && ((string?)sent["text"])!.Contains(saying, StringComparison.Ordinal)
            && (int?)entry["response"]?["statusCode"] is 201 or 202);
        return entry["request"]!["body"]!.AsObject();
    }

    /// <summary>Waits until the dispatcher has delivered every notification about the request.</summary>
    private async Task AllDeliveredAsync(string reference)
    {
        var outbox = peers.Services.GetRequiredService<Outbox>();
        using var patience = new CancellationTokenSource(AgentsPlayground.DefaultWait);
        while ((await outbox.ListAsync(new OutboxQuery(), patience.Token)).Any(row => row.Reference == reference && row.Status != OutboxRow.Delivered))
        {
            await Task.Delay(100, patience.Token);
        }
    }

    private static JsonObject Button(PlaygroundMessage message, string type, string title) =>
        CardJson.OfType(message.AdaptiveCard!, type).Single(action => (string?)action["title"] == title)["data"]!.DeepClone().AsObject();
}
