using System.Text.Json;

namespace GovernanceBot.BotFramework;

/// <summary>Reads the connector's error body: <c>{"error":{"code":…,"message":…}}</c>, sometimes with <c>errorCode</c> 209 for blocked writes.</summary>
internal static class ConnectorError
{
    private const int WritesBlockedErrorCode = 209;

    public static string? Code(byte[] body)
    {
        var root = Parse(body);
        return root is { } element
            && element.TryGetProperty("error", out var error)
            && error.ValueKind == JsonValueKind.Object
            && error.TryGetProperty("code", out var code)
            && code.ValueKind == JsonValueKind.String
                ? code.GetString()
                : null;
    }

    public static bool IsWritesBlocked(string? code, byte[] body) =>
        string.Equals(code, ConnectorErrorCodes.MessageWritesBlocked, StringComparison.OrdinalIgnoreCase)
        || HasErrorCode(Parse(body), WritesBlockedErrorCode);

    private static bool HasErrorCode(JsonElement? element, int expected)
    {
        if (element is not { ValueKind: JsonValueKind.Object } value)
        {
            return false;
        }

        if (value.TryGetProperty("errorCode", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var number) && number == expected)
        {
            return true;
        }

        return value.TryGetProperty("error", out var nested) && HasErrorCode(nested, expected);
    }

    private static JsonElement? Parse(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
