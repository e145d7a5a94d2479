using System.Numerics.Tensors;
using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Tests.Knowledge.Semantic;

public sealed class QuestionAdapterTests
{
    const int D = SentenceEmbedder.Dimensions;

    [Fact]
    public void WithoutAdapterAQuestionKeepsItsOwnDirection()
    {
        var question = Vector(1);
        TensorPrimitives.Multiply(question, 3f, question);

        var adapted = QuestionAdapter.None.Adapt(question);

        Assert.Equal(1f, TensorPrimitives.Norm(adapted), 4);
        Assert.Equal(1f, TensorPrimitives.CosineSimilarity(question, adapted), 4);
    }

    [Fact]
    public void WrittenAndReadBackItMapsQuestionsTheSame()
    {
        var random = new Random(3);
        var adapter = new QuestionAdapter(Enumerable.Range(0, D * D).Select(_ => (float)(random.NextDouble() - 0.5) * 0.2f).ToArray(), new float[D]);
        var path = Path.GetTempFileName();
        try
        {
            adapter.Write(path);
            using var stream = File.OpenRead(path);
            var read = QuestionAdapter.Read(stream);

            var question = Vector(2);
            Assert.True(TensorPrimitives.CosineSimilarity(adapter.Adapt(question), read.Adapt(question)) > 0.9999f);
            Assert.True(TensorPrimitives.CosineSimilarity(question, read.Adapt(question)) < 0.99f);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AFileThatIsNotAnAdapterIsRefused()
    {
        using var stream = new MemoryStream("not an adapter at all"u8.ToArray());

        Assert.Throws<InvalidDataException>(() => QuestionAdapter.Read(stream));
    }

    [Fact]
    public void TheShippedAdapterWasFitted()
    {
        var question = Vector(4);

        Assert.True(TensorPrimitives.CosineSimilarity(question, QuestionAdapter.Embedded().Adapt(question)) < 0.999f);
    }

    [Fact]
    public void ScoringWithAnotherAdapterLastsOnlyUntilDisposed()
    {
        var shipped = QuestionAdapter.None;
        var adapters = new QuestionAdapters(shipped);
        var other = new QuestionAdapter(new float[D * D], new float[D]);

        using (adapters.Using(other))
        {
            Assert.Same(other, adapters.Current);
        }

        Assert.Same(shipped, adapters.Current);
    }

    static float[] Vector(int seed)
    {
        var random = new Random(seed);
        var vector = Enumerable.Range(0, D).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        TensorPrimitives.Divide(vector, TensorPrimitives.Norm(vector), vector);
        return vector;
    }
}
