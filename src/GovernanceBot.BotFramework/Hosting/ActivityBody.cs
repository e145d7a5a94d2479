using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace GovernanceBot.BotFramework;

/// <summary>Reads an inbound activity with a hard size limit, and parses it without letting bad input escape as exceptions.</summary>
internal static class ActivityBody
{
    /// <summary>The body, or null when it is larger than <paramref name="limit"/> bytes.</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The activity, or null when the body is not a JSON object with a <c>type</c>.</summary>
    public static Activity? Parse(byte[] body)
    {
        try
        {
            var activity = JsonSerializer.Deserialize<Activity>(body, BotJson.Options);
            return string.IsNullOrWhiteSpace(activity?.Type) ? null : activity;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
