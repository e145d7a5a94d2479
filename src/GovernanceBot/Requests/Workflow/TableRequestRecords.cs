using System.Text.Json;

using Azure;
using Azure.Data.Tables;

using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.Routing;
using GovernanceBot.Storage;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// Requests in the requests table (see <see cref="RequestPartitions"/>): a request's row, a row per party (so a person's
/// requests are found by one query), its outbox rows and its audit entries share the partition of its public id, so a
/// submission or a decision is one batch: all of it is stored or none. A second Send of the same form finds the
/// request row already there (the batch fails whole with 409) and is answered with the request the first Send made.
/// Reference numbers come from a counter row per council and flow, raised with its ETag before the batch: a process
/// dying in between leaves a number unused, never two requests with one number.
/// </summary>
public sealed class TableRequestRecords(AzureStorageAccount account) : IRequestRecords
{
    const string RequestRow = "request";
    const string PartyPrefix = "party|";
    const string Counters = "~counters";

    public async Task<RoutedRequest?> FindAsync(string publicId, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(RequestPartitions.Of(publicId), RequestRow, cancellationToken: cancellationToken);
        return row.HasValue ? Read(row.Value!) : null;
    }

    public async Task<RoutedRequest?> FindByReferenceAsync(string reference, CancellationToken cancellationToken) =>
        (await QueryAsync($"RowKey eq '{RequestRow}' and Reference eq {TableKeys.Literal(reference)}", cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<RoutedRequest>> ForPartyAsync(string aadObjectId, IReadOnlyCollection<string> parts, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var partitions = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var party in table.QueryAsync<TableEntity>(
            $"{RequestPartitions.RowsStartingWith(PartyPrefix)} and Person eq {TableKeys.Literal(aadObjectId.ToLowerInvariant())}",
            select: ["PartitionKey", "Part"], cancellationToken: cancellationToken))
        {
            if (parts.Contains(party.GetString("Part")))
            {
                partitions.Add(party.PartitionKey);
            }
        }

        var found = new List<RoutedRequest>();
        foreach (var partition in partitions)
        {
            var row = await table.GetEntityIfExistsAsync<TableEntity>(partition, RequestRow, cancellationToken: cancellationToken);
            if (row.HasValue)
            {
                found.Add(Read(row.Value!));
            }
        }

        return found.OrderByDescending(r => r.SubmittedUtc).ThenByDescending(r => r.Reference, StringComparer.Ordinal).ToList();
    }

    public async Task<RoutedRequest?> AddAsync(RoutedRequest draft, RequestChange change, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var partition = RequestPartitions.Of(draft.PublicId);
        if ((await table.GetEntityIfExistsAsync<TableEntity>(partition, RequestRow, ["RowKey"], cancellationToken)).HasValue)
        {
            return null;
        }

        var request = draft with { Reference = ReferenceNumbers.Format(draft.CouncilId, draft.Flow, await NextNumberAsync(table, draft.CouncilId, draft.Flow, cancellationToken)) };
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.Add, Write(partition, request)) };
        foreach (var (aad, part) in Parties(request))
        {
            actions.Add(new(TableTransactionActionType.UpsertReplace, new TableEntity(partition, $"{PartyPrefix}{part}|{TableKeys.Escape(aad.ToLowerInvariant())}")
            {
                ["Person"] = aad.ToLowerInvariant(),
                ["Part"] = part,
            }));
        }

        AddChange(actions, partition, request, change, request.SubmittedUtc);
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return request;
        }
        catch (TableTransactionFailedException e) when (e.Status == 409)
        {
            return null;
        }
    }

    public async Task<RoutedRequest?> DecideAsync(RoutedRequest request, RequestState state, string actor, string? note, DateTimeOffset now, RequestChange change, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var partition = RequestPartitions.Of(request.PublicId);
        var stored = await table.GetEntityIfExistsAsync<TableEntity>(partition, RequestRow, cancellationToken: cancellationToken);
        if (!stored.HasValue || Read(stored.Value!).Version != request.Version)
        {
            return null;
        }

        var decided = Read(stored.Value!) with
        {
            State = state,
            Version = request.Version + 1,
            DecidedByAadObjectId = actor,
            DecisionNote = note,
            DecidedUtc = now,
        };
        var actions = new List<TableTransactionAction> { new(TableTransactionActionType.UpdateReplace, Write(partition, decided), stored.Value!.ETag) };
        AddChange(actions, partition, decided, change, now);
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
            return decided;
        }
        catch (TableTransactionFailedException e) when (e.Status is 412 or 409)
        {
            return null;
        }
    }

    public async Task AppendAuditAsync(RoutedRequest? request, AuditEntry entry, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        await table.AddEntityAsync(TableAuditRecords.Row(entry, RequestPartitions.Of(request?.PublicId)), cancellationToken);
    }

    Task<TableClient> TableAsync(CancellationToken cancellationToken) => account.TableAsync(RequestPartitions.Layout, cancellationToken);

    static void AddChange(List<TableTransactionAction> actions, string partition, RoutedRequest request, RequestChange change, DateTimeOffset now)
    {
        var notices = change.Notices(request);
        for (var i = 0; i < notices.Count; i++)
        {
            actions.Add(new(TableTransactionActionType.Add, TableOutboxRecords.Row(notices[i], now, i)));
        }

        actions.Add(new(TableTransactionActionType.Add, TableAuditRecords.Row(change.Audit(request), partition)));
    }

    static IEnumerable<(string Aad, string Part)> Parties(RoutedRequest request) =>
        new[] { (request.RequesterAadObjectId, RequestParts.Requester), (request.ReceiverAadObjectId, RequestParts.Receiver) }
            .Concat(request.DeputyAadObjectIds.Select(d => (d, RequestParts.Deputy)))
            .Distinct();

    static async Task<int> NextNumberAsync(TableClient table, string councilId, RoutingFlow flow, CancellationToken cancellationToken)
    {
        var row = $"{TableKeys.Escape(councilId)}|{flow}";
        while (true)
        {
            var counter = await table.GetEntityIfExistsAsync<TableEntity>(Counters, row, cancellationToken: cancellationToken);
            try
            {
                if (!counter.HasValue)
                {
                    await table.AddEntityAsync(new TableEntity(Counters, row) { ["Last"] = 1 }, cancellationToken);
                    return 1;
                }

                var next = (counter.Value!.GetInt32("Last") ?? 0) + 1;
                await table.UpdateEntityAsync(new TableEntity(Counters, row) { ["Last"] = next }, counter.Value.ETag, TableUpdateMode.Replace, cancellationToken);
                return next;
            }
            catch (RequestFailedException e) when (e.Status is 409 or 412)
            {
                // Another instance drew a number meanwhile: draw again.
            }
        }
    }

    async Task<List<RoutedRequest>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var table = await TableAsync(cancellationToken);
        var found = new List<RoutedRequest>();
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            found.Add(Read(row));
        }

        return found;
    }

    static TableEntity Write(string partition, RoutedRequest r) => new(partition, RequestRow)
    {
        [nameof(r.PublicId)] = r.PublicId,
        [nameof(r.Reference)] = r.Reference,
        [nameof(r.CouncilId)] = r.CouncilId,
        [nameof(r.Flow)] = r.Flow.ToString(),
        [nameof(r.State)] = r.State.ToString(),
        [nameof(r.Version)] = r.Version,
        [nameof(r.RequesterAadObjectId)] = r.RequesterAadObjectId,
        [nameof(r.ReceiverAadObjectId)] = r.ReceiverAadObjectId,
        [nameof(r.DeputyAadObjectIds)] = string.Join(' ', r.DeputyAadObjectIds),
        [nameof(r.GroupId)] = r.GroupId,
        [nameof(r.Details)] = JsonSerializer.Serialize(r.Details, RequestStore.Json),
        [nameof(r.CitedAs)] = r.CitedAs,
        [nameof(r.ProtocolSilent)] = r.ProtocolSilent,
        [nameof(r.DecisionNote)] = r.DecisionNote,
        [nameof(r.DecidedByAadObjectId)] = r.DecidedByAadObjectId,
        [nameof(r.SubmittedUtc)] = TableTime.Ticks(r.SubmittedUtc),
        [nameof(r.DecidedUtc)] = r.DecidedUtc is { } decided ? TableTime.Ticks(decided) : null,
    };

    // The id a SQLite row has never leaves the store; a table row has none, and nothing outside the store asks for it.
    static RoutedRequest Read(TableEntity e) => new(
        0,
        e.GetString(nameof(RoutedRequest.PublicId)),
        e.GetString(nameof(RoutedRequest.Reference)),
        e.GetString(nameof(RoutedRequest.CouncilId)),
        Enum.Parse<RoutingFlow>(e.GetString(nameof(RoutedRequest.Flow))),
        Enum.Parse<RequestState>(e.GetString(nameof(RoutedRequest.State))),
        e.GetInt32(nameof(RoutedRequest.Version)) ?? 1,
        e.GetString(nameof(RoutedRequest.RequesterAadObjectId)),
        e.GetString(nameof(RoutedRequest.ReceiverAadObjectId)),
        e.GetString(nameof(RoutedRequest.DeputyAadObjectIds)) is { Length: > 0 } deputies ? deputies.Split(' ') : [],
        e.GetString(nameof(RoutedRequest.GroupId)),
        JsonSerializer.Deserialize<RequestDetails>(e.GetString(nameof(RoutedRequest.Details)), RequestStore.Json)!,
        e.GetString(nameof(RoutedRequest.CitedAs)),
        e.GetBoolean(nameof(RoutedRequest.ProtocolSilent)) ?? false,
        e.GetString(nameof(RoutedRequest.DecisionNote)),
        e.GetString(nameof(RoutedRequest.DecidedByAadObjectId)),
        TableTime.Read(e, nameof(RoutedRequest.SubmittedUtc))!.Value,
        TableTime.Read(e, nameof(RoutedRequest.DecidedUtc)));
}
