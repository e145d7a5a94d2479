using System.Globalization;
using System.Text.Json;

namespace GovernanceBot.Dialogs;

/// <summary>Reads what a card sent back. Anything of an unexpected shape reads as absent, never as an error.</summary>
public static class CardValues
{
    public static string? String(JsonElement value, string name) =>
        value.ValueKind == JsonValueKind.Object && value.TryGetProperty(name, out var property)
            ? property.ValueKind switch
            {
                JsonValueKind.String => property.GetString(),
                JsonValueKind.Number => property.GetRawText(),
                _ => null,
            }
            : null;

    public static long? Long(JsonElement value, string name) =>
        long.TryParse(String(value, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static int? Int(JsonElement value, string name) =>
        int.TryParse(String(value, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;
}
