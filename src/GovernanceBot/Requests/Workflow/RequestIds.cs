using System.Security.Cryptography;
using System.Text;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// A request's public id derives from the id of the form it was sent from, so sending the same form twice (a retried
/// Send, a crash between storing the request and clearing the form) names the same request and stores it once, in any
/// store that can insert-if-absent by key. 128 bits of a hash of a random form id: unguessable, and unlinkable to
/// anything else about the request.
/// </summary>
public static class RequestIds
{
    /// <summary>A new form's id: 128 random bits.</summary>
    public static string NewFormId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    public static string FromForm(string formId) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"governancebot/request/{formId}"))[..16]);

    /// <summary>Whether <paramref name="text"/> has the shape of a public id (so anything else is not looked up at all).</summary>
    public static bool IsWellFormed(string? text) => text is { Length: 32 } && text.All(char.IsAsciiHexDigitLower);
}
