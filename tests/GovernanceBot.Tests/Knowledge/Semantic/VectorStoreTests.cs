using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Tests.Knowledge.Semantic;

public sealed class VectorStoreTests : IDisposable
{
    readonly string folder = Path.Combine(Path.GetTempPath(), "gb-vectors-" + Guid.NewGuid().ToString("N"));

    static float[] Vector(float value) => Enumerable.Repeat(value, SentenceEmbedder.Dimensions).ToArray();

    [Fact]
    public void VectorsKeptAreFoundAgainAfterTheStoreIsOpenedAgain()
    {
        var first = VectorStore.Open(folder);
        first.Add([(TextHash.Of("one"), Vector(0.25f)), (TextHash.Of("two"), Vector(-0.5f))]);

        var again = VectorStore.Open(folder);

        Assert.Equal(2, again.Count);
        Assert.True(again.TryGet(TextHash.Of("two"), out var two));
        Assert.Equal((Half)(-0.5f), two[17]);
        Assert.False(again.Contains(TextHash.Of("three")));
    }

    [Fact]
    public void DamagedSegmentIsSkippedAndTheOthersAreRead()
    {
        VectorStore.Open(folder).Add([(TextHash.Of("kept"), Vector(0.1f))]);
        File.WriteAllBytes(Path.Combine(folder, "99999999999999999-broken.vec"), [1, 2, 3]);
        var truncated = Path.Combine(folder, "99999999999999998-half.vec");
        File.Copy(Directory.GetFiles(folder, "*.vec").Order().First(), truncated);
        using (var stream = File.OpenWrite(truncated))
        {
            stream.SetLength(stream.Length / 2);
        }

        var store = VectorStore.Open(folder);

        Assert.True(store.Contains(TextHash.Of("kept")));
    }

    [Fact]
    public void CompactionKeepsOnlyLiveVectorsInOneSegment()
    {
        var store = VectorStore.Open(folder);
        for (var i = 0; i < 12; i++)
        {
            store.Add([(TextHash.Of($"text {i}"), Vector(i / 100f))]);
        }

        store.Compact(new HashSet<TextHash> { TextHash.Of("text 3"), TextHash.Of("text 7") });

        Assert.Single(Directory.GetFiles(folder, "*.vec"));
        var reopened = VectorStore.Open(folder);
        Assert.Equal(2, reopened.Count);
        Assert.True(reopened.Contains(TextHash.Of("text 7")));
    }

    [Fact]
    public void NoHalfWrittenSegmentIsLeftBehind()
    {
        VectorStore.Open(folder).Add([(TextHash.Of("one"), Vector(0.25f))]);

        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
