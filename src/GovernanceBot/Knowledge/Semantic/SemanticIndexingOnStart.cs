namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// Builds the semantic index after the host has started, so health checks answer while clauses are embedded (the first
/// start on a new data folder embeds every clause; later starts only read the stored vectors). Questions wait for it.
/// </summary>
sealed partial class SemanticIndexingOnStart(SemanticIndexer indexer, SemanticIndex semantic, ILogger<SemanticIndexingOnStart> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var report = await Task.Run(() => indexer.UpdateAsync(stoppingToken), stoppingToken);
            LogReady(report.Clauses, report.Embedded, report.Texts, report.Examples, (long)report.Elapsed.TotalMilliseconds);

            // Load the question model now rather than on the first question, which would wait for it.
            await Task.Run(() => SentenceEmbedder.Shared.EmbedQuestion("Who do I ask?"), stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            semantic.Fail(new OperationCanceledException("The bot is stopping."));
        }
        catch (Exception e)
        {
            LogFailed(e);
            semantic.Fail(e);
        }
    }

    [LoggerMessage(LogLevel.Information, "Semantic index ready: {Clauses} clauses, {Embedded} of {Texts} texts embedded now, {Examples} questions asked before, {ElapsedMs} ms")]
    partial void LogReady(int clauses, int embedded, int texts, int examples, long elapsedMs);

    [LoggerMessage(LogLevel.Error, "The semantic index could not be built; questions will fail until the bot restarts")]
    partial void LogFailed(Exception exception);
}
