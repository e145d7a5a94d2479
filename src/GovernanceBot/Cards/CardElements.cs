using System.Text.Json.Nodes;

namespace GovernanceBot.Cards;

/// <summary>
/// The Adaptive Card elements the bot uses, as JSON. Optional properties are left out rather than set to
/// null, as null is not a valid value for them in the schema. Text taken from documents goes in <see cref="Words"/> and
/// <see cref="Quote"/> (rich text runs) so that "1." or "*" in a clause is not read as Markdown.
/// </summary>
public static class CardElements
{
    public const string Version = "1.5";

    public static JsonObject Card(IEnumerable<JsonObject> body, IEnumerable<JsonObject>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = Array(body),
        };
        var actionArray = Array(actions ?? []);
        if (actionArray.Count > 0)
        {
            card["actions"] = actionArray;
        }

        return card;
    }

    /// <summary>Markdown-capable text for the bot's own words.</summary>
    public static JsonObject TextBlock(string text, string? weight = null, string? size = null, bool subtle = false, string? spacing = null)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        Optional(block, "weight", weight);
        Optional(block, "size", size);
        Optional(block, "spacing", spacing);
        if (subtle)
        {
            block["isSubtle"] = true;
        }

        return block;
    }

    /// <summary>Text shown exactly as written (no Markdown).</summary>
    public static JsonObject Words(string text) => RichText(new JsonObject { ["type"] = "TextRun", ["text"] = text });

    /// <summary>A quotation: italic, exactly as written.</summary>
    public static JsonObject Quote(string text) =>
        RichText(new JsonObject { ["type"] = "TextRun", ["text"] = text, ["italic"] = true });

    /// <summary>
    /// Facts whose values are shown exactly as written (a FactSet renders Markdown in its values, so a subject such as
    /// "[approve](https://…)" would become a live link): each a rich text line, the label in bold.
    /// </summary>
    public static JsonObject LiteralFacts(IEnumerable<(string Title, string Value)> facts) => Container(facts.Select(fact => new JsonObject
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray(
            new JsonObject { ["type"] = "TextRun", ["text"] = $"{fact.Title}: ", ["weight"] = "Bolder" },
            new JsonObject { ["type"] = "TextRun", ["text"] = fact.Value }),
    }));

    /// <summary>A line shown exactly as written, in a colour (e.g. "Attention" for what was wrong with an answer).</summary>
    public static JsonObject Words(string text, string color) => RichText(new JsonObject { ["type"] = "TextRun", ["text"] = text, ["color"] = color });

    /// <summary>Only for the bot's own words: values render Markdown. User text goes in <see cref="LiteralFacts"/>.</summary>
    public static JsonObject FactSet(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = Array(facts.Select(fact => new JsonObject { ["title"] = fact.Title, ["value"] = fact.Value })),
    };

    public static JsonObject Container(IEnumerable<JsonObject> items, string? style = null, string? id = null, bool visible = true, string? spacing = null)
    {
        var container = new JsonObject { ["type"] = "Container", ["items"] = Array(items) };
        Optional(container, "style", style);
        Optional(container, "id", id);
        Optional(container, "spacing", spacing);
        if (!visible)
        {
            container["isVisible"] = false;
        }

        return container;
    }

    public static JsonObject ActionSet(IEnumerable<JsonObject> actions) => new()
    {
        ["type"] = "ActionSet",
        ["actions"] = Array(actions),
    };

    /// <summary>A button that posts <paramref name="data"/> back as a message activity's <c>value</c>.</summary>
    public static JsonObject Submit(string title, JsonObject data) => new()
    {
        ["type"] = "Action.Submit",
        ["title"] = title,
        ["data"] = data,
    };

    /// <summary>
    /// A Universal Action (an <c>adaptiveCard/action</c> invoke), falling back on clients without Universal
    /// Actions to an <see cref="Submit"/> carrying the same data and the verb, so one handler can serve both.
    /// </summary>
    public static JsonObject Execute(string title, string verb, JsonObject data)
    {
        var fallbackData = data.DeepClone().AsObject();
        fallbackData["verb"] = verb;
        return new JsonObject
        {
            ["type"] = "Action.Execute",
            ["title"] = title,
            ["verb"] = verb,
            ["data"] = data,
            ["fallback"] = Submit(title, fallbackData),
        };
    }

    public static JsonObject ToggleVisibility(string title, string targetId) => new()
    {
        ["type"] = "Action.ToggleVisibility",
        ["title"] = title,
        ["targetElements"] = new JsonArray(targetId),
    };

    static JsonObject RichText(JsonObject run) => new()
    {
        ["type"] = "RichTextBlock",
        ["inlines"] = new JsonArray(run),
    };

    static JsonArray Array(IEnumerable<JsonNode> nodes) => new(nodes.ToArray());

    static void Optional(JsonObject element, string name, string? value)
    {
        if (value is not null)
        {
            element[name] = value;
        }
    }
}
