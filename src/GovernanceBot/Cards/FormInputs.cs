using System.Text.Json.Nodes;

namespace GovernanceBot.Cards;

/// <summary>
/// The Adaptive Card inputs forms use. Each carries a label, <c>isRequired</c> and an <c>errorMessage</c>, so
/// clients that validate show the problem before anything is sent; the bot checks again on its side regardless.
/// </summary>
public static class FormInputs
{
    public static JsonObject Text(string id, string label, string? value, int maxLength, bool multiline = false, string? placeholder = null, string? errorMessage = null)
    {
        var input = Input("Input.Text", id, label, errorMessage ?? $"Please fill in {label.ToLowerInvariant()}.", value);
        input["maxLength"] = maxLength;
        if (multiline)
        {
            input["isMultiline"] = true;
        }

        if (placeholder is not null)
        {
            input["placeholder"] = placeholder;
        }

        return input;
    }

    /// <summary>An optional text box, e.g. the reason a decline needs (the bot, not the client, insists on it).</summary>
    public static JsonObject OptionalText(string id, string label, string placeholder) => new()
    {
        ["type"] = "Input.Text",
        ["id"] = id,
        ["label"] = label,
        ["isMultiline"] = true,
        ["maxLength"] = 1000,
        ["placeholder"] = placeholder,
    };

    public static JsonObject Date(string id, string label, string? value, string? min = null, string? max = null)
    {
        var input = Input("Input.Date", id, label, $"Please choose the {label.ToLowerInvariant()}.", value);
        if (min is not null)
        {
            input["min"] = min;
        }

        if (max is not null)
        {
            input["max"] = max;
        }

        return input;
    }

    /// <summary>A drop-down; <paramref name="filtered"/> lets the user type to search a long list (people).</summary>
    public static JsonObject Choice(string id, string label, IEnumerable<(string Value, string Title)> choices, string? value, bool filtered = false)
    {
        var input = Input("Input.ChoiceSet", id, label, $"Please choose the {label.ToLowerInvariant()}.", value);
        input["style"] = filtered ? "filtered" : "compact";
        input["choices"] = new JsonArray(choices.Select(c => (JsonNode)new JsonObject { ["title"] = c.Title, ["value"] = c.Value }).ToArray());
        return input;
    }

    /// <summary>A line in the card's attention colour, for what was wrong with an answer; literal, as it may quote the answer.</summary>
    public static JsonObject Problem(string text) => CardElements.Words(text, "Attention");

    static JsonObject Input(string type, string id, string label, string errorMessage, string? value)
    {
        var input = new JsonObject
        {
            ["type"] = type,
            ["id"] = id,
            ["label"] = label,
            ["isRequired"] = true,
            ["errorMessage"] = errorMessage,
        };
        if (!string.IsNullOrEmpty(value))
        {
            input["value"] = value;
        }

        return input;
    }
}
