using System.Text.Json.Nodes;

namespace GovernanceBot.Cards;

/// <summary>A card the bot sends: the Adaptive Card itself and the plain text that stands in for it.</summary>
public interface ICard
{
    /// <summary>The Adaptive Card 1.5 JSON (the attachment's <c>content</c>).</summary>
    JsonObject ToJson();

    /// <summary>The same message as plain text, for the activity's <c>text</c> and clients that cannot render cards.</summary>
    string ToPlainText();
}

/// <summary>Wraps a card as a Bot Framework attachment.</summary>
public static class CardAttachment
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    public static JsonObject For(ICard card) => new()
    {
        ["contentType"] = ContentType,
        ["content"] = card.ToJson(),
    };
}
