using System.Text.Json;
using GovernanceBot.Storage;

namespace GovernanceBot.Tests.Storage;

public sealed class SqliteStateStoreTests : IDisposable
{
    readonly TempDataFolder folder = new();
    readonly SqliteStateStore store;

    public SqliteStateStoreTests() => store = new SqliteStateStore(folder.OpenDatabase(), TimeProvider.System);

    public void Dispose() => folder.Dispose();

    static JsonElement Json(object value) => JsonSerializer.SerializeToElement(value);

    static CancellationToken None => CancellationToken.None;

    async Task<StateItem> WriteAsync(string key, object value, string? eTag = null) =>
        (await store.WriteAsync([new StateItem(key, Json(value), eTag)], None))[0];

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
    public async Task AConflictInABatchWritesNothing()
    {
        var a = await WriteAsync("a", new { n = 1 });
        await WriteAsync("b", new { n = 1 });

        await Assert.ThrowsAsync<StateConflictException>(() => store.WriteAsync(
            [new StateItem("a", Json(new { n = 2 }), a.ETag), new StateItem("b", Json(new { n = 2 }), "stale")],
            None));

        Assert.Equal(1, (await ReadAsync("a"))!.Value.GetProperty("n").GetInt32());
        Assert.Equal(a.ETag, (await ReadAsync("a"))!.ETag);
        Assert.Equal(1, (await ReadAsync("b"))!.Value.GetProperty("n").GetInt32());
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
    public async Task StateSurvivesARestart()
    {
        var written = await WriteAsync("k", new { text = "kept" });

        var restarted = new SqliteStateStore(folder.Reopen(), TimeProvider.System);
        var read = (await restarted.ReadAsync(["k"], None))["k"];

        Assert.Equal("kept", read.Value.GetProperty("text").GetString());
        Assert.Equal(written.ETag, read.ETag);
    }
}
