using GovernanceBot.Storage;

namespace GovernanceBot.Tests.Storage;

/// <summary>What conversation references do on every backend (SQLite and Azure Tables on Azurite), through the store the bot uses.</summary>
public abstract class ConversationReferenceContract(StoreBackend backend) : StoreContract(backend)
{
    const string Aad = "6f1c2a0e-1111-4a4a-9e9e-000000000001";

    static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);

    ConversationReferenceStore store => field ??= new ConversationReferenceStore(Stores.References);

    static StoredConversationReference Reference(
        string conversationId,
        DateTimeOffset lastSeen,
        string type = StoredConversationReference.Personal,
        string aad = Aad,
        string serviceUrl = "https://smba.trafficmanager.net/uk/") =>
        new(aad, "29:user", conversationId, type, serviceUrl, "msteams", "tenant-1", "28:bot", "GovernanceBot", lastSeen, Dead: false);

    [Fact]
    public async Task AnUpsertRefreshesTheStoredReference()
    {
        await store.UpsertAsync(Reference("a:1", Monday), None);

        await store.UpsertAsync(Reference("a:1", Monday.AddHours(1), serviceUrl: "https://smba.trafficmanager.net/emea/"), None);

        var stored = Assert.Single(await store.ListAsync(None));
        Assert.Equal("https://smba.trafficmanager.net/emea/", stored.ServiceUrl);
        Assert.Equal(Monday.AddHours(1), stored.LastSeenUtc);
    }

    [Fact]
    public async Task AnOlderTurnFinishingLateDoesNotMoveLastSeenBack()
    {
        await store.UpsertAsync(Reference("a:1", Monday.AddHours(1)), None);

        await store.UpsertAsync(Reference("a:1", Monday), None);

        Assert.Equal(Monday.AddHours(1), (await store.FindAsync("a:1", None))!.LastSeenUtc);
    }

    [Fact]
    public async Task EveryoneWhoSpokeInAGroupChatKeepsTheirOwnReference()
    {
        await store.UpsertAsync(Reference("19:group@thread.v2", Monday, type: "groupChat", aad: "leader-1"), None);
        await store.UpsertAsync(Reference("19:group@thread.v2", Monday.AddMinutes(1), type: "groupChat", aad: "leader-2"), None);

        Assert.Single(await store.ForUserAsync("leader-1", None));
        Assert.Single(await store.ForUserAsync("leader-2", None));
        Assert.Equal("leader-2", (await store.FindAsync("19:group@thread.v2", None))?.UserAadObjectId);
    }

    [Fact]
    public async Task FindPersonalReturnsTheMostRecentLivePersonalChat()
    {
        await store.UpsertAsync(Reference("a:old", Monday), None);
        await store.UpsertAsync(Reference("a:recent", Monday.AddDays(1)), None);
        await store.UpsertAsync(Reference("19:team@thread.tacv2", Monday.AddDays(2), type: "channel"), None);
        await store.UpsertAsync(Reference("a:someone-else", Monday.AddDays(3), aad: "another-user"), None);

        var found = await store.FindPersonalAsync(Aad, None);

        Assert.Equal("a:recent", found?.ConversationId);
    }

    [Fact]
    public async Task FindPersonalMatchesTheAadObjectIdWhateverItsCase()
    {
        await store.UpsertAsync(Reference("a:1", Monday), None);

        Assert.NotNull(await store.FindPersonalAsync(Aad.ToUpperInvariant(), None));
    }

    [Fact]
    public async Task ADeadConversationIsNotFoundAsThePersonalChat()
    {
        await store.UpsertAsync(Reference("a:old", Monday), None);
        await store.UpsertAsync(Reference("a:recent", Monday.AddDays(1)), None);

        Assert.True(await store.MarkDeadAsync("a:recent", None));

        Assert.Equal("a:old", (await store.FindPersonalAsync(Aad, None))?.ConversationId);
        Assert.True((await store.FindAsync("a:recent", None))!.Dead);
    }

    [Fact]
    public async Task MarkingAnUnknownConversationDeadReportsItWasNotFound()
    {
        Assert.False(await store.MarkDeadAsync("a:never-seen", None));
    }

    [Fact]
    public async Task ANewTurnInADeadConversationRevivesIt()
    {
        await store.UpsertAsync(Reference("a:1", Monday), None);
        await store.MarkDeadAsync("a:1", None);

        await store.UpsertAsync(Reference("a:1", Monday.AddDays(1)), None);

        Assert.Equal("a:1", (await store.FindPersonalAsync(Aad, None))?.ConversationId);
    }

    [Fact]
    public async Task ATurnRightAfterTheConversationWasMarkedDeadRevivesIt()
    {
        await store.UpsertAsync(Reference("a:1", Monday), None);
        await store.MarkDeadAsync("a:1", None);

        await store.UpsertAsync(Reference("a:1", Monday.AddSeconds(10)), None);

        Assert.Equal("a:1", (await store.FindPersonalAsync(Aad, None))?.ConversationId);
    }

    [Fact]
    public async Task TurnsWithinAMinuteRewriteOnlyAChangedReference()
    {
        await store.UpsertAsync(Reference("a:1", Monday), None);

        await store.UpsertAsync(Reference("a:1", Monday.AddSeconds(30)), None);
        var unchanged = await store.FindAsync("a:1", None);
        await store.UpsertAsync(Reference("a:1", Monday.AddSeconds(40), serviceUrl: "https://smba.trafficmanager.net/emea/"), None);
        var moved = await store.FindAsync("a:1", None);
        await store.UpsertAsync(Reference("a:1", Monday.AddMinutes(2), serviceUrl: "https://smba.trafficmanager.net/emea/"), None);

        Assert.Equal(Monday, unchanged!.LastSeenUtc);
        Assert.Equal(("https://smba.trafficmanager.net/emea/", Monday.AddSeconds(40)), (moved!.ServiceUrl, moved.LastSeenUtc));
        Assert.Equal(Monday.AddMinutes(2), (await store.FindAsync("a:1", None))!.LastSeenUtc);
    }

    [Fact]
    public async Task NoPersonalChatMeansNothingFound()
    {
        await store.UpsertAsync(Reference("19:team@thread.tacv2", Monday, type: "channel"), None);

        Assert.Null(await store.FindPersonalAsync(Aad, None));
    }

    [Fact]
    public async Task ReferencesSurviveARestart()
    {
        var reference = Reference("a:1", Monday) with { BotName = null };
        await store.UpsertAsync(reference, None);

        var restarted = new ConversationReferenceStore((await Backend.OpenAsync()).References);

        Assert.Equal(reference, await restarted.FindAsync("a:1", None));
    }
}

public sealed class SqliteConversationReferenceTests() : ConversationReferenceContract(new SqliteBackend());

public sealed class AzureTableConversationReferenceTests() : ConversationReferenceContract(new AzuriteBackend());
