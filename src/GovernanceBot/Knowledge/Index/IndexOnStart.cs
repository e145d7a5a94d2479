namespace GovernanceBot.Knowledge.Index;

/// <summary>
/// Brings the index up to date before the bot takes its first turn. It runs while the host is starting, before any
/// hosted service's StartAsync, so startup checks that read the index (the routing rules' citations) see the
/// current documents whatever order the features were registered in.
/// </summary>
sealed partial class IndexOnStart(KnowledgeIndexer indexer, ILogger<IndexOnStart> logger) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        var report = indexer.Update();
        LogIndexed(report.Indexed, report.Unchanged, report.Removed, report.Clauses, (long)report.Elapsed.TotalMilliseconds);
        foreach (var failure in report.Failures)
        {
            LogSkipped(Path.GetFileName(failure.Path), failure.Reason);
        }

        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(LogLevel.Information, "Index up to date: {Indexed} documents indexed, {Unchanged} unchanged, {Removed} removed, {Clauses} clauses, {ElapsedMs} ms")]
    partial void LogIndexed(int indexed, int unchanged, int removed, int clauses, long elapsedMs);

    [LoggerMessage(LogLevel.Error, "Skipped document {File}: {Reason}")]
    partial void LogSkipped(string file, string reason);
}
