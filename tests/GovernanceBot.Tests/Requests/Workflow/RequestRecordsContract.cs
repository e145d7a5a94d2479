using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;
using GovernanceBot.Tests.Storage;

namespace GovernanceBot.Tests.Requests.Workflow;

/// <summary>What every request store does (SQLite, and Azure Tables on Azurite): a change, its notices and its audit entry stored together.</summary>
public abstract class RequestRecordsContract(StoreBackend backend) : StoreContract(backend)
{
    static readonly DateTimeOffset Monday = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    IRequestRecords Records => Stores.Requests;

    static RoutedRequest Draft(string requester = "requester-aad", string? publicId = null) => new(0, publicId ?? RequestIds.FromForm(RequestIds.NewFormId()), "", "derby", RoutingFlow.OfficerAttendance, RequestState.Submitted, 1,
        requester, "receiver-aad", ["deputy-aad"], "labour",
        new OfficerAttendanceRequest(new DateOnly(2026, 3, 20), "Head of Planning", "the draft local plan", MeetingKind.FullGroup),
        "Derby Working Together Protocol, para 28", ProtocolSilent: false, null, null, Monday, null);

    static RequestChange Change(string auditEvent) => new(
        request => [new OutboxMessage($"{request.Reference}:{request.State}:receiver-aad", "receiver-aad",
            new NotificationMessage(request.State.ToString(), request.PublicId, request.Reference, request.CouncilId, "officer-attendance", request.Version,
                request.Reference, "A request.", request.CitedAs, Confidential: false, Actionable: true))],
        request => new AuditEntry(request.DecidedUtc ?? request.SubmittedUtc, "actor-aad", auditEvent, request.CouncilId, "officer-attendance",
            request.Reference, request.CitedAs, null));

    [Fact]
    public async Task AStoredRequestIsFoundByItsIdAndByEachPartyAndByNoOneElse()
    {
        var stored = (await Records.AddAsync(Draft(), Change(AuditEvents.RequestSubmitted), None))!;

        Assert.Equal(stored with { Id = 0 }, (await (await Backend.OpenAsync()).Requests.FindAsync(stored.PublicId, None))! with { Id = 0 }, RequestComparer.Instance);
        Assert.Equal(stored.PublicId, (await Records.FindByReferenceAsync(stored.Reference, None))?.PublicId);
        Assert.Single(await Records.ForPartyAsync("REQUESTER-AAD", [RequestParts.Requester], None));
        Assert.Single(await Records.ForPartyAsync("deputy-aad", [RequestParts.Receiver, RequestParts.Deputy], None));
        Assert.Empty(await Records.ForPartyAsync("requester-aad", [RequestParts.Receiver], None));
        Assert.Empty(await Records.ForPartyAsync("someone-else", [RequestParts.Requester, RequestParts.Receiver, RequestParts.Deputy], None));
    }

    [Fact]
    public async Task ARequestIsStoredWithItsNotificationsAndItsAuditEntry()
    {
        var stored = (await Records.AddAsync(Draft(), Change(AuditEvents.RequestSubmitted), None))!;

        Assert.Matches("^DER-ATT-[0-9]{4}$", stored.Reference);
        Assert.Equal("receiver-aad", Assert.Single(await Stores.Outbox.ForReferenceAsync(stored.Reference, None)).RecipientAadObjectId);
        Assert.Equal(AuditEvents.RequestSubmitted, Assert.Single(await Stores.Audit.ReadAsync("derby", None)).Event);
    }

    [Fact]
    public async Task ADecisionAtTheVersionReadIsStoredOnceAndOneFromAStaleReadChangesNothing()
    {
        var stored = (await Records.AddAsync(Draft(), Change(AuditEvents.RequestSubmitted), None))!;
        var other = (await Backend.OpenAsync()).Requests;

        var first = await Records.DecideAsync(stored, RequestState.Approved, "receiver-aad", null, Monday.AddHours(1), Change(AuditEvents.DecisionRecorded), None);
        var second = await other.DecideAsync(stored, RequestState.Declined, "deputy-aad", "No.", Monday.AddHours(2), Change(AuditEvents.DecisionRecorded), None);

        Assert.Equal((RequestState.Approved, 2, "receiver-aad"), (first!.State, first.Version, first.DecidedByAadObjectId));
        Assert.Null(second);
        Assert.Equal(RequestState.Approved, (await other.FindAsync(stored.PublicId, None))!.State);
        Assert.Single(await Stores.Audit.ReadAsync("derby", None), e => e.Event == AuditEvents.DecisionRecorded);
        Assert.Equal(2, (await Stores.Outbox.ForReferenceAsync(stored.Reference, None)).Count);
    }

    [Fact]
    public async Task RequestsAddedOnTwoInstancesAtOnceGetDifferentReferences()
    {
        var instances = new[] { Records, (await Backend.OpenAsync()).Requests };

        var added = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            Task.Run(() => instances[i % 2].AddAsync(Draft($"requester-{i}"), Change(AuditEvents.RequestSubmitted), None))));

        Assert.Equal(6, added.Select(r => r!.Reference).Distinct().Count());
    }

    [Fact]
    public async Task OneFormSentOnTwoInstancesAtOnceIsStoredOnceWithOneSetOfNotifications()
    {
        var publicId = RequestIds.FromForm(RequestIds.NewFormId());
        var instances = new[] { Records, (await Backend.OpenAsync()).Requests };

        var added = await Task.WhenAll(instances.Select(records =>
            Task.Run(() => records.AddAsync(Draft(publicId: publicId), Change(AuditEvents.RequestSubmitted), None))));

        var stored = Assert.Single(added, r => r is not null)!;
        Assert.Single(await Records.ForPartyAsync("requester-aad", [RequestParts.Requester], None));
        Assert.Single(await Stores.Outbox.ForReferenceAsync(stored.Reference, None));
        Assert.Single(await Stores.Audit.ReadAsync("derby", None));
    }

    /// <summary>Requests compare by value, their deputies by sequence (a record compares lists by reference).</summary>
    sealed class RequestComparer : IEqualityComparer<RoutedRequest?>
    {
        public static readonly RequestComparer Instance = new();

        public bool Equals(RoutedRequest? x, RoutedRequest? y) =>
            x is not null && y is not null && x with { DeputyAadObjectIds = [] } == y with { DeputyAadObjectIds = [] }
            && x.DeputyAadObjectIds.SequenceEqual(y.DeputyAadObjectIds);

        public int GetHashCode(RoutedRequest? obj) => obj?.Id.GetHashCode() ?? 0;
    }
}

public sealed class SqliteRequestRecordsTests() : RequestRecordsContract(new SqliteBackend());

public sealed class AzureTableRequestRecordsTests() : RequestRecordsContract(new AzuriteBackend());
