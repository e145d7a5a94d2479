using GovernanceBot.BotFramework;
using GovernanceBot.Tests.BotFramework.Support;

namespace GovernanceBot.Tests.BotFramework.Schema;

public sealed class ConversationTests
{
    [Fact]
    public void ReplyIsAddressedBackToTheSenderInTheSameConversation()
    {
        var inbound = Activities.Message("hello");

        var reply = inbound.CreateReply("hi there");

        Assert.Equal(ActivityTypes.Message, reply.Type);
        Assert.Equal(inbound.Recipient!.Id, reply.From!.Id);
        Assert.Equal(inbound.From!.Id, reply.Recipient!.Id);
        Assert.Equal(inbound.Conversation!.Id, reply.Conversation!.Id);
        Assert.Equal(inbound.Id, reply.ReplyToId);
        Assert.Equal(inbound.ServiceUrl, reply.ServiceUrl);
        Assert.Equal("hi there", reply.Text);
    }

    [Fact]
    public void ConversationReferenceAddressesAProactiveMessageFromTheBotToTheUser()
    {
        var reference = Activities.Message().GetConversationReference();

        var proactive = new Activity { Type = ActivityTypes.Message, Text = "Your request was approved." }.ApplyConversationReference(reference);
        var continuation = reference.GetContinuationActivity();

        Assert.Equal($"28:{SigningAuthority.AppId}", proactive.From!.Id);
        Assert.Equal("29:user", proactive.Recipient!.Id);
        Assert.Equal("a:personal-chat", proactive.Conversation!.Id);
        Assert.Equal(Activities.DefaultServiceUrl, proactive.ServiceUrl);
        Assert.Equal(ActivityTypes.Event, continuation.Type);
        Assert.Equal("29:user", continuation.From!.Id);
    }
}
