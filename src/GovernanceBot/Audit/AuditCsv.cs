using System.Globalization;

namespace GovernanceBot.Audit;

/// <summary>RFC 4180 fields: quoted when they hold a comma, a quote, CR or LF, with quotes doubled.</summary>
static class AuditCsv
{
    public const string Header = "at_utc,actor_aad_object_id,event,council,flow,reference,clause,detail";

    public static string Line(AuditEntry entry) => string.Join(',',
        Field(entry.AtUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
        Field(entry.ActorAadObjectId),
        Field(entry.Event),
        Field(entry.CouncilId),
        Field(entry.Flow),
        Field(entry.Reference),
        Field(entry.Clause),
        Field(entry.Detail));

    public static string Field(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
