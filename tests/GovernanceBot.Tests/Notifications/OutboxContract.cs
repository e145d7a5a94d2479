using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.Tests.Storage;

namespace GovernanceBot.Tests.Notifications;

/// <summary>
/// What every outbox backend does (SQLite, and Azure Tables on Azurite), as the dispatchers of one or several instances
/// use it: leases that exclude every other instance, each recipient's rows in queue order, outcomes recorded once with
/// their audit entries.
/// </summary>
public abstract class OutboxContract(StoreBackend backend) : StoreContract(backend)
{
    static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);
    static readonly NotificationOptions Retries = new() { FirstRetrySeconds = 10, MaxRetrySeconds = 600, MaxAttempts = 2 };

    IOutboxRecords Outbox => Stores.Outbox;

    static OutboxMessage Message(string reference, string recipient, string kind = "decision-needed") => new(
        $"{reference}:{kind}:{recipient}", recipient,
        new NotificationMessage(kind, $"request-{reference}", reference, "derby", "officer-attendance", 1, $"{reference}: for your decision", "Alex asks.",
            "Derby Working Together Protocol, para 28", Confidential: false, Actionable: true));

    static AuditEntry Submitted(string reference, DateTimeOffset at, string council = "derby") =>
        new(at, "requester-aad", AuditEvents.RequestSubmitted, council, "officer-attendance", reference, "para 28", "to receiver");

    Task<IReadOnlyList<PendingNotification>> ClaimAsync(IOutboxRecords outbox, DateTimeOffset now, int limit = 100, int perRecipient = 8) =>
        outbox.ClaimBatchAsync(now, Lease, limit, perRecipient, None);

    [Fact]
    public async Task QueuedMessagesAndTheirAuditEntryAreStoredTogether()
    {
        await Outbox.EnqueueAsync([Message("DER-1", "ceo"), Message("DER-1", "leader")], Submitted("DER-1", Monday), Monday, None);

        Assert.Equal(["ceo", "leader"], (await Outbox.ForReferenceAsync("DER-1", None)).Select(m => m.RecipientAadObjectId));
        Assert.Equal(2, await Outbox.PendingCountAsync(None));
        Assert.Equal([Submitted("DER-1", Monday)], await Stores.Audit.ReadAsync("derby", None));
    }

    [Fact]
    public async Task QueuingAKnownIdempotencyKeyAgainAddsNothing()
    {
        await Outbox.EnqueueAsync([Message("DER-1", "ceo")], null, Monday, None);

        await Outbox.EnqueueAsync([Message("DER-1", "ceo")], null, Monday.AddSeconds(1), None);

        Assert.Single(await Outbox.ListAsync(new OutboxQuery(), None));
    }

    [Fact]
    public async Task ARowClaimedByOneInstanceIsNotClaimedByAnotherUntilItsLeaseRunsOut()
    {
        await Outbox.EnqueueAsync([Message("DER-1", "ceo")], null, Monday, None);
        var other = (await Backend.OpenAsync()).Outbox;

        var first = Assert.Single(await ClaimAsync(Outbox, Monday));
        var meanwhile = await ClaimAsync(other, Monday.AddMinutes(1));
        var afterLease = Assert.Single(await ClaimAsync(other, Monday + Lease + TimeSpan.FromSeconds(1)));

        Assert.Empty(meanwhile);
        Assert.Equal((1, 2), (first.Attempt, afterLease.Attempt));
        Assert.Equal(first.IdempotencyKey, afterLease.IdempotencyKey);
    }

    [Fact]
    public async Task ARecipientsRowsAreClaimedInQueueOrderAndNoneWhileAnEarlierOneIsLeased()
    {
        await Outbox.EnqueueAsync([Message("DER-1", "ceo")], null, Monday, None);
        await Outbox.EnqueueAsync([Message("DER-2", "ceo"), Message("DER-2", "leader")], null, Monday.AddSeconds(1), None);

        var first = await ClaimAsync(Outbox, Monday.AddSeconds(2), perRecipient: 1);
        var second = await ClaimAsync((await Backend.OpenAsync()).Outbox, Monday.AddSeconds(2));

        Assert.Equal([("ceo", "DER-1"), ("leader", "DER-2")], first.Select(n => (n.RecipientAadObjectId, n.Message.Reference)));
        Assert.Empty(second);
    }

    [Fact]
    public async Task AReleasedRowIsClaimedAgainWithItsAttemptUnspent()
    {
        await Outbox.EnqueueAsync([Message("DER-1", "ceo")], null, Monday, None);
        var claimed = await ClaimAsync(Outbox, Monday);

        await Outbox.ReleaseAsync(claimed, None);

        Assert.Equal(1, Assert.Single(await ClaimAsync((await Backend.OpenAsync()).Outbox, Monday)).Attempt);
    }

    [Fact]
    public async Task DeliveryIsRecordedOnceWithOneAuditEntryEvenWhenTwoInstancesBothDeliveredIt()
    {
        await Outbox.EnqueueAsync([Message("DER-1", "ceo")], null, Monday, None);
        var other = (await Backend.OpenAsync()).Outbox;
        var byFirst = Assert.Single(await ClaimAsync(Outbox, Monday));
        var bySecond = Assert.Single(await ClaimAsync(other, Monday + Lease + TimeSpan.FromSeconds(1)));

        var recorded = new[]
        {
            await other.MarkDeliveredAsync(bySecond, Monday.AddMinutes(3), None),
            await Outbox.MarkDeliveredAsync(byFirst, Monday.AddMinutes(4), None),
        };

        Assert.Equal([true, false], recorded);
        Assert.Equal(0, await Outbox.PendingCountAsync(None));
        Assert.Equal(OutboxRow.Delivered, Assert.Single(await Outbox.ListAsync(new OutboxQuery(Status: OutboxRow.Delivered), None)).Status);
        Assert.Single(await Stores.Audit.ReadAsync("derby", None), e => e.Event == AuditEvents.NotificationDelivered);
    }

    [Fact]
    public async Task AFailedRowWaitsForItsRetryThenIsAbandonedAfterTheLastAttemptWithAnAuditEntry()
    {
        await Outbox.EnqueueAsync([Message("DER-1", "ceo")], null, Monday, None);

        var first = Assert.Single(await ClaimAsync(Outbox, Monday));
        Assert.False(await Outbox.MarkFailedAsync(first, Monday, "RecipientUnreachableException", Retries, None));
        var beforeRetry = await ClaimAsync(Outbox, Monday.AddSeconds(9));
        var second = Assert.Single(await ClaimAsync(Outbox, Monday.AddSeconds(10)));
        Assert.True(await Outbox.MarkFailedAsync(second, Monday.AddSeconds(10), "RecipientUnreachableException", Retries, None));

        Assert.Empty(beforeRetry);
        var failed = Assert.Single(await Outbox.ListAsync(new OutboxQuery(Status: OutboxRow.Failed), None));
        Assert.Equal((2, "RecipientUnreachableException"), (failed.Attempts, failed.LastError));
        Assert.Empty(await ClaimAsync(Outbox, Monday.AddDays(1)));
        Assert.Single(await Stores.Audit.ReadAsync(null, None), e => e.Event == AuditEvents.NotificationAbandoned);
    }

    [Fact]
    public async Task TwoInstancesClaimingAtOnceNeverHoldTheSameRow()
    {
        var recipients = Enumerable.Range(0, 10).Select(i => $"person-{i}").ToList();
        for (var request = 0; request < 4; request++)
        {
            await Outbox.EnqueueAsync(recipients.Select(r => Message($"DER-{request}", r)).ToList(), null, Monday.AddSeconds(request), None);
        }

        var instances = new[] { Outbox, (await Backend.OpenAsync()).Outbox };
        var claims = await Task.WhenAll(instances.Select(outbox => Task.Run(() => ClaimAsync(outbox, Monday.AddMinutes(1)))));

        var keys = claims.SelectMany(c => c).Select(n => n.IdempotencyKey).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.NotEmpty(keys);
    }

    [Fact]
    public async Task TheAuditLogReadsOneCouncilOldestFirst()
    {
        // Appended as things happen; DER-2 sorts after DER-1 by reference, but happened first.
        await Outbox.EnqueueAsync([], Submitted("DER-2", Monday), Monday, None);
        await Outbox.EnqueueAsync([], Submitted("LBE-1", Monday.AddSeconds(30), council: "lbe"), Monday, None);
        await Outbox.EnqueueAsync([], Submitted("DER-1", Monday.AddMinutes(1)), Monday, None);

        Assert.Equal(["DER-2", "DER-1"], (await Stores.Audit.ReadAsync("derby", None)).Select(e => e.Reference));
        Assert.Equal(3, (await Stores.Audit.ReadAsync(null, None)).Count);
    }

    [Fact]
    public async Task ASentKeyIsKnownPerChannelToEveryInstance()
    {
        await Stores.SentKeys.RecordAsync("DER-1:decision-needed:ceo", "teams", Monday, None);
        await Stores.SentKeys.RecordAsync("DER-1:decision-needed:ceo", "teams", Monday, None);
        var other = (await Backend.OpenAsync()).SentKeys;

        Assert.True(await other.WasSentAsync("DER-1:decision-needed:ceo", "teams", None));
        Assert.False(await other.WasSentAsync("DER-1:decision-needed:ceo", "mail", None));
        Assert.False(await other.WasSentAsync("DER-2:decision-needed:ceo", "teams", None));
    }

    [Fact]
    public async Task TheInboxFilesAKeyOnceAndListsInTheOrderFiled()
    {
        var first = new DeliveredNotification("k1", "CEO", Message("DER-1", "CEO").Message, Monday);
        var second = new DeliveredNotification("k2", "leader", Message("DER-1", "leader").Message, Monday.AddSeconds(1));
        await Stores.Inbox.FileAsync(first, None);
        await Stores.Inbox.FileAsync(second, None);
        await Stores.Inbox.FileAsync(first with { DeliveredUtc = Monday.AddSeconds(2) }, None);

        Assert.Equal(["k1", "k2"], (await Stores.Inbox.ListAsync(null, None)).Select(n => n.IdempotencyKey));
        Assert.Equal("DER-1", Assert.Single(await Stores.Inbox.ListAsync("ceo", None)).Message.Reference);
    }
}

public sealed class SqliteOutboxTests() : OutboxContract(new SqliteBackend());

public sealed class AzureTableOutboxTests() : OutboxContract(new AzuriteBackend());
