using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.Requests;
using GovernanceBot.Requests.Contract;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Tests.Requests.Workflow;

namespace GovernanceBot.Tests.Notifications;

public sealed class NotificationDispatcherTests : IDisposable
{
    readonly WorkflowFixture fixture = new();

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task DispatcherDeliversEveryPendingNotificationOnce()
    {
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve);
        var dispatcher = fixture.Dispatcher(fixture.Inbox);

        var first = await dispatcher.DispatchPendingAsync(CancellationToken.None);
        var second = await dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(5, first);
        Assert.Equal(0, second);
        Assert.Equal(0, await fixture.Outbox.PendingCountAsync(CancellationToken.None));
        var toJo = Assert.Single(await fixture.Inbox.ListAsync(fixture.Aad("derby", "jo-clarke"), CancellationToken.None));
        Assert.Equal("other-group-notice", toJo.Message.Kind);
        Assert.Equal(5, (await fixture.Audit.ReadAsync("derby", CancellationToken.None)).Count(e => e.Event == AuditEvents.NotificationDelivered));
    }

    [Fact]
    public async Task NotificationCommittedBeforeACrashIsDeliveredOnceByTheNextProcess()
    {
        // The first process commits the approval and dies before its dispatcher runs.
        var request = await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        await fixture.DecideAsync(request, "derby", "chief-executive", Decision.Approve);

        var restarted = fixture.NewDatabase();
        var recording = new RecordingChannel();
        var delivered = await fixture.Dispatcher(recording, restarted).DispatchPendingAsync(CancellationToken.None);
        var again = await fixture.Dispatcher(recording, fixture.NewDatabase()).DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(5, delivered);
        Assert.Equal(0, again);
        Assert.Equal(recording.Keys.Distinct().Count(), recording.Keys.Count);
        Assert.Equal((await fixture.Outbox.ForReferenceAsync(request.Reference, CancellationToken.None)).Select(m => m.IdempotencyKey).Order(), recording.Keys.Order());
    }

    [Fact]
    public async Task DeliveryCutShortAfterSendingIsRetriedWithTheSameKeyAndNotDoubled()
    {
        // Two notifications to two people (a requester is told by the reply to their Send, not through the outbox), so
        // neither waits behind the other.
        var request = await fixture.SubmitAsync("lbe", "housing-officer", Samples.Report(fixture.Aad("lbe", "labour-member")));
        await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        // One delivery at a time, so the process dies after exactly one send, before the other is tried.
        fixture.NotificationOptions.DeliveryParallelism = 1;
        using var dying = new CancellationTokenSource();
        var crashing = new CrashAfterSending(fixture.Inbox, dying);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => fixture.Dispatcher(crashing).DispatchPendingAsync(dying.Token));
        var beforeLeaseRunsOut = await fixture.Dispatcher(fixture.Inbox, fixture.NewDatabase()).DispatchPendingAsync(CancellationToken.None);
        fixture.Time.Advance(TimeSpan.FromSeconds(fixture.NotificationOptions.LeaseSeconds + 1));
        var afterLeaseRanOut = await fixture.Dispatcher(fixture.Inbox, fixture.NewDatabase()).DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(1, beforeLeaseRunsOut);
        Assert.Equal(1, afterLeaseRanOut);
        var inbox = await fixture.Inbox.ListAsync(null, CancellationToken.None);
        Assert.Equal(2, inbox.Count);
        Assert.Single(inbox, d => d.IdempotencyKey == crashing.SentKey);
        Assert.Equal(0, await fixture.Outbox.PendingCountAsync(CancellationToken.None));
    }

    [Fact]
    public async Task FailedDeliveryIsRetriedAfterItsBackoffAndAbandonedAfterTheLastAttempt()
    {
        // Two notifications to two people, so neither waits behind the other's back-off.
        await fixture.SubmitAsync("lbe", "housing-officer", Samples.Report(fixture.Aad("lbe", "labour-member")));
        await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        var failing = new FailingChannel();
        var dispatcher = fixture.Dispatcher(failing);

        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        var attemptsAfterFirstPass = failing.Attempts;
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        var attemptsBeforeBackoffEnds = failing.Attempts;
        fixture.Time.Advance(TimeSpan.FromSeconds(fixture.NotificationOptions.FirstRetrySeconds));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        fixture.Time.Advance(TimeSpan.FromSeconds(fixture.NotificationOptions.MaxRetrySeconds));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);
        fixture.Time.Advance(TimeSpan.FromSeconds(fixture.NotificationOptions.MaxRetrySeconds));
        await dispatcher.DispatchPendingAsync(CancellationToken.None);

        Assert.Equal(2, attemptsAfterFirstPass);
        Assert.Equal(2, attemptsBeforeBackoffEnds);
        Assert.Equal(2 * fixture.NotificationOptions.MaxAttempts, failing.Attempts);
        Assert.Equal(0, await fixture.Outbox.PendingCountAsync(CancellationToken.None));
        Assert.Equal(1, (await fixture.Audit.ReadAsync("lbe", CancellationToken.None)).Count(e => e.Event == AuditEvents.NotificationAbandoned));
        Assert.Equal(1, (await fixture.Audit.ReadAsync("derby", CancellationToken.None)).Count(e => e.Event == AuditEvents.NotificationAbandoned));
    }

    sealed class RecordingChannel : INotificationChannel
    {
        public List<string> Keys { get; } = [];

        public Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken)
        {
            lock (Keys)
            {
                Keys.Add(notification.IdempotencyKey);
            }

            return Task.CompletedTask;
        }
    }

    /// <summary>Sends the first notification, then the process "dies" before the dispatcher can record it.</summary>
    sealed class CrashAfterSending(LocalOutboxChannel inner, CancellationTokenSource process) : INotificationChannel
    {
        public string? SentKey { get; private set; }

        public async Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken)
        {
            await inner.DeliverAsync(notification, CancellationToken.None);
            SentKey = notification.IdempotencyKey;
            await process.CancelAsync();
            cancellationToken.ThrowIfCancellationRequested();
        }
    }

    sealed class FailingChannel : INotificationChannel
    {
        int attempts;

        // Recipients are delivered to in parallel: a plain ++ could lose a count.
        public int Attempts => Volatile.Read(ref attempts);

        public Task DeliverAsync(PendingNotification notification, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref attempts);
            throw new HttpRequestException("Teams is unavailable");
        }
    }
}
