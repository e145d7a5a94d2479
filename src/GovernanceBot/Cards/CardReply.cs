using GovernanceBot.BotFramework;

namespace GovernanceBot.Cards;

static class CardReply
{
    /// <summary>
    /// A reply carrying <paramref name="card"/>. The plain-text version goes in <c>summary</c>, which clients show
    /// when they cannot render the card (and in notifications); putting it in <c>text</c> would show the answer twice.
    /// </summary>
    public static Activity For(Activity inbound, ICard card)
    {
        var reply = inbound.CreateReply();
        if (!inbound.IsType(ActivityTypes.Message))
        {
            // Events such as a conversationUpdate are not messages a reply can thread under.
            reply.ReplyToId = null;
        }

        reply.Summary = card.ToPlainText();
        reply.Attachments = [new Attachment { ContentType = CardAttachment.ContentType, Content = card.ToJson() }];
        return reply;
    }
}
