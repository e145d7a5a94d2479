using Azure.Data.Tables;

using GovernanceBot.Storage;

namespace GovernanceBot.Channel;

/// <summary>
/// Answer records in an Azure table, a partition per conversation and a row per answer. Expired records are deleted
/// by a sweep across the table at most once an hour per instance, rather than on every answer as SQLite does: a
/// cross-partition query per turn would cost more than the rows it saves. Until swept they are never found.
/// </summary>
public sealed class TableAnswerRecords(AzureStorageAccount account, TimeProvider time) : IAnswerRecords
{
    public static readonly AzureLayout Layout = new("answers", 1);
    static readonly TimeSpan SweepEvery = TimeSpan.FromHours(1);
    long nextSweepTicks;

    public async Task RememberAsync(string conversation, AnswerRecord answer, DateTimeOffset sentUtc, DateTimeOffset expiredBefore, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Escape(conversation), TableKeys.Escape(answer.AnswerId))
        {
            [nameof(answer.Council)] = answer.Council,
            [nameof(answer.Question)] = answer.Question,
            [nameof(answer.ClauseKey)] = answer.ClauseKey,
            ["SentUtc"] = TableTime.Ticks(sentUtc),
        }, TableUpdateMode.Replace, cancellationToken);

        var now = time.GetUtcNow().UtcTicks;
        var due = Interlocked.Read(ref nextSweepTicks);
        if (now >= due && Interlocked.CompareExchange(ref nextSweepTicks, now + SweepEvery.Ticks, due) == due)
        {
            await foreach (var old in table.QueryAsync<TableEntity>(TableTime.Compare("SentUtc", "lt", expiredBefore), select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
            {
                await table.DeleteEntityAsync(old.PartitionKey, old.RowKey, cancellationToken: cancellationToken);
            }
        }
    }

    public async Task<AnswerRecord?> FindAsync(string conversation, string answerId, DateTimeOffset notSentBefore, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        var found = await table.GetEntityIfExistsAsync<TableEntity>(TableKeys.Escape(conversation), TableKeys.Escape(answerId), cancellationToken: cancellationToken);
        return found.HasValue && TableTime.Read(found.Value!, "SentUtc") >= notSentBefore
            ? new AnswerRecord(answerId, found.Value!.GetString(nameof(AnswerRecord.Council)), found.Value.GetString(nameof(AnswerRecord.Question)),
                found.Value.GetString(nameof(AnswerRecord.ClauseKey)))
            : null;
    }
}
