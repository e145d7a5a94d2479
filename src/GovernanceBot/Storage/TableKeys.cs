using System.Text;

namespace GovernanceBot.Storage;

/// <summary>
/// PartitionKey and RowKey may not hold '/', '\', '#', '?' or control characters, and conversation ids carry some of
/// them; those (and '%', so the escaping is reversible) become %XX, everything else stays readable.
/// </summary>
public static class TableKeys
{
    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            if (c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c))
            {
                escaped.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    /// <summary>An OData string literal for a table query filter.</summary>
    public static string Literal(string value) => $"'{value.Replace("'", "''", StringComparison.Ordinal)}'";
}
