namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>The part of a document's text that answers may come from: all of it, or from the configured heading on.</summary>
public static class ProtocolPart
{
    /// <exception cref="DocumentReadException">The heading is not a line of the document (a typo in council.json, or a new edition).</exception>
    public static string Of(string text, string? startsAt)
    {
        if (startsAt is null)
        {
            return text;
        }

        var offset = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.Trim().Equals(startsAt, StringComparison.OrdinalIgnoreCase))
            {
                return text[offset..];
            }

            offset += line.Length + 1;
        }

        throw new DocumentReadException($"the heading \"{startsAt}\" that council.json says the protocol starts at is not a line of the document.");
    }
}
