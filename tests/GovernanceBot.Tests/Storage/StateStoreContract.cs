using System.Text.Json;
using GovernanceBot.Storage;

namespace GovernanceBot.Tests.Storage;

/// <summary>What every <see cref="IStateStore"/> does, on SQLite and on Azure blobs (Azurite).</summary>
public abstract class StateStoreContract(StoreBackend backend) : StoreContract(backend)
{
    IStateStore store => Stores.State;

    static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    async Task<StateItem> WriteAsync(string key, object value, string? eTag = null) =>
        await store.WriteAsync(new StateItem(key, Json(value), eTag), None);

    async Task<StateItem?> ReadAsync(string key) =>
        (await store.ReadAsync([key], None)).GetValueOrDefault(key);

    [Fact]
    public async Task AWrittenDocumentReadsBackWithItsETag()
    {
        var written = await WriteAsync("msteams/conversations/a", new { step = "ask", count = 2 });

        var read = await ReadAsync("msteams/conversations/a");

        Assert.NotNull(read);
        Assert.Equal(written.ETag, read.ETag);
        Assert.Equal("ask", read.Value.GetProperty("step").GetString());
        Assert.Equal(2, read.Value.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task MissingKeysAreAbsentFromARead()
    {
        await WriteAsync("present", new { });

        var read = await store.ReadAsync(["present", "absent"], None);

        Assert.Equal(["present"], read.Keys);
    }

    [Fact]
    public async Task EveryWriteChangesTheETag()
    {
        var first = await WriteAsync("k", new { n = 1 });
        var second = await WriteAsync("k", new { n = 1 }, first.ETag);
        var third = await WriteAsync("k", new { n = 1 });

        Assert.Equal(3, new[] { first.ETag, second.ETag, third.ETag }.Distinct().Count());
    }

    [Fact]
    public async Task AStaleETagIsRefusedAndTheValueIsUnchanged()
    {
        var original = await WriteAsync("k", new { n = 1 });
        var current = await WriteAsync("k", new { n = 2 }, original.ETag);

        var conflict = await Assert.ThrowsAsync<StateConflictException>(() => WriteAsync("k", new { n = 3 }, original.ETag));

        var read = await ReadAsync("k");
        Assert.Equal("k", conflict.Key);
        Assert.Equal(2, read!.Value.GetProperty("n").GetInt32());
        Assert.Equal(current.ETag, read.ETag);
    }

    [Fact]
    public async Task ConcurrentWritesWithTheSameETagLetExactlyOneWin()
    {
        var original = await WriteAsync("k", new { writer = -1 });
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            start.Wait();
            try
            {
                await WriteAsync("k", new { writer }, original.ETag);
                return writer;
            }
            catch (StateConflictException)
            {
                return -1;
            }
        })).ToList();
        start.Set();
        var outcomes = await Task.WhenAll(attempts);

        var winner = Assert.Single(outcomes, outcome => outcome >= 0);
        Assert.Equal(winner, (await ReadAsync("k"))!.Value.GetProperty("writer").GetInt32());
    }

    [Fact]
    public async Task AConditionalWriteToADeletedItemConflictsRatherThanRecreatingIt()
    {
        var written = await WriteAsync("k", new { n = 1 });
        await store.DeleteAsync(["k"], None);

        await Assert.ThrowsAsync<StateConflictException>(() => WriteAsync("k", new { n = 2 }, written.ETag));

        Assert.Null(await ReadAsync("k"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("*")]
    public async Task ANullOrStarETagWritesUnconditionally(string? eTag)
    {
        await WriteAsync("k", new { n = 1 });

        await WriteAsync("k", new { n = 2 }, eTag);

        Assert.Equal(2, (await ReadAsync("k"))!.Value.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task DeleteRemovesOnlyTheGivenKeys()
    {
        await WriteAsync("a", new { });
        await WriteAsync("b", new { });

        await store.DeleteAsync(["a", "never-written"], None);

        Assert.Null(await ReadAsync("a"));
        Assert.NotNull(await ReadAsync("b"));
    }

    [Fact]
    public async Task AKeyWithAConversationIdsCharactersRoundTrips()
    {
        const string key = "msteams/conversations/19:abc#def?x=1%2F@thread.v2;messageid=1";
        await WriteAsync(key, new { n = 1 });

        Assert.Equal(1, (await ReadAsync(key))!.Value.GetProperty("n").GetInt32());
    }

    [Fact]
    public async Task StateWrittenByOneInstanceIsReadAndConditionallyReplacedByAnother()
    {
        var written = await WriteAsync("k", new { council = "lbe" });
        var other = (await Backend.OpenAsync()).State;

        var read = (await other.ReadAsync(["k"], None))["k"];
        await other.WriteAsync(new StateItem("k", Json(new { council = "derby" }), read.ETag), None);

        Assert.Equal("lbe", read.Value.GetProperty("council").GetString());
        await Assert.ThrowsAsync<StateConflictException>(() => WriteAsync("k", new { council = "stale" }, written.ETag));
        Assert.Equal("derby", (await ReadAsync("k"))!.Value.GetProperty("council").GetString());
    }

    [Fact]
    public async Task StateSurvivesARestart()
    {
        var written = await WriteAsync("k", new { text = "kept" });

        var restarted = (await Backend.OpenAsync()).State;
        var read = (await restarted.ReadAsync(["k"], None))["k"];

        Assert.Equal("kept", read.Value.GetProperty("text").GetString());
        Assert.Equal(written.ETag, read.ETag);
    }
}

public sealed class SqliteStateStoreTests() : StateStoreContract(new SqliteBackend());

public sealed class AzureBlobStateStoreTests() : StateStoreContract(new AzuriteBackend());
