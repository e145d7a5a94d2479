using System.Text.RegularExpressions;

namespace GovernanceBot.Telemetry;

/// <summary>
/// Outbound URLs as telemetry may keep them: the host and the path's fixed words, with every other segment (conversation
/// ids, Entra object ids, request references) and the query replaced. The connector's paths name conversations and
/// Graph's name people, which must not reach Application Insights.
/// </summary>
public static partial class RedactedUrls
{
    public static string? Redact(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(segment => Word().IsMatch(segment) ? segment : "*");
        return $"{uri.Scheme}://{uri.Authority}/{string.Join('/', segments)}";
    }

    // Words like "v3", "conversations", "activities", "v1.0", "users", "manager"; anything with other digits or marks is an id.
    [GeneratedRegex(@"^(?:v\d+(?:\.\d+)?|[A-Za-z]{1,32})$")]
    private static partial Regex Word();
}
