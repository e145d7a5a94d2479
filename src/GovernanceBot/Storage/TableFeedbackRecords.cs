using Azure.Data.Tables;

namespace GovernanceBot.Storage;

/// <summary>Feedback in an Azure table: a partition per council (its list is one partition), a row per answer and voter key.</summary>
public sealed class TableFeedbackRecords(AzureStorageAccount account) : IFeedbackRecords
{
    public static readonly AzureLayout Layout = new("feedback", 1);

    public async Task RecordAsync(Feedback feedback, string voterKey, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        // Replacing the row is the latest click winning: the same answer and voter always carry the same question.
        await table.UpsertEntityAsync(new TableEntity(TableKeys.Escape(feedback.Council), $"{TableKeys.Escape(feedback.AnswerId)}|{voterKey}")
        {
            [nameof(feedback.AnswerId)] = feedback.AnswerId,
            [nameof(feedback.Council)] = feedback.Council,
            [nameof(feedback.Question)] = feedback.Question,
            [nameof(feedback.ClauseKey)] = feedback.ClauseKey,
            [nameof(feedback.Helpful)] = feedback.Helpful,
            [nameof(feedback.RecordedUtc)] = TableTime.Ticks(feedback.RecordedUtc),
        }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<IReadOnlyList<Feedback>> ListAsync(string council, CancellationToken cancellationToken)
    {
        var table = await account.TableAsync(Layout, cancellationToken);
        var entries = new List<Feedback>();
        await foreach (var e in table.QueryAsync<TableEntity>($"PartitionKey eq {TableKeys.Literal(TableKeys.Escape(council))}", cancellationToken: cancellationToken))
        {
            entries.Add(new Feedback(
                e.GetString(nameof(Feedback.AnswerId)),
                e.GetString(nameof(Feedback.Council)),
                e.GetString(nameof(Feedback.Question)),
                e.GetString(nameof(Feedback.ClauseKey)),
                e.GetBoolean(nameof(Feedback.Helpful)) ?? false,
                TableTime.Read(e, nameof(Feedback.RecordedUtc))!.Value));
        }

        return entries.OrderByDescending(f => f.RecordedUtc).ToList();
    }
}
