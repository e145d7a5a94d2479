namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>Builds every read failure the same way, so the indexer's log line always names the file first.</summary>
static class ReadFailure
{
    public static DocumentReadException Because(string fileName, string reason, Exception? inner = null) =>
        new($"Could not read '{Path.GetFileName(fileName)}': {reason}", inner);
}
