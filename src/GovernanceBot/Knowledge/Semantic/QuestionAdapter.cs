using System.Numerics.Tensors;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// A learned linear map of question vectors, fitted by <c>calibrate</c> on questions asked before and the clauses that
/// answered them (question-adapter.bin, shipped inside the app): it moves a question's vector towards the clauses that
/// answered questions meant like it, however they were worded, so dense retrieval reads the sector's meaning and not
/// only a general-purpose model's. The adapted vector is <c>q + Δᵀq</c>, normalised; with Δ = 0 it is the question's own.
/// </summary>
public sealed class QuestionAdapter
{
    public const string ResourceName = "GovernanceBot.Knowledge.Ranking.question-adapter.bin";
    const int Dimensions = SentenceEmbedder.Dimensions;
    static readonly byte[] Magic = "GBQA2"u8.ToArray();

    readonly float[] delta;
    readonly float[] uncovered;

    public QuestionAdapter(float[] delta, float[] uncovered)
    {
        if (delta.Length != Dimensions * Dimensions || uncovered.Length != Dimensions)
        {
            throw new InvalidDataException($"A question adapter has {Dimensions}×{Dimensions} weights and {Dimensions} for questions not covered.");
        }

        this.delta = delta;
        this.uncovered = uncovered;
    }

    /// <summary>The identity: adapted vectors are the questions' own, and nothing is known of questions not covered.</summary>
    public static QuestionAdapter None => new(new float[Dimensions * Dimensions], new float[Dimensions]);

    /// <summary>
    /// How strongly an adapted question points where questions the documents did not cover were fitted to point, on the
    /// scale of its similarity to a clause: compared with the best clause, a lean towards "no clause answers this".
    /// </summary>
    public float Uncovered(float[] adapted) => TensorPrimitives.Dot(adapted, uncovered);

    /// <summary>The question's vector moved by the map, at unit length.</summary>
    public float[] Adapt(float[] question)
    {
        var adapted = new float[Dimensions];
        Map(question, adapted);
        var norm = TensorPrimitives.Norm(adapted);
        TensorPrimitives.Divide(adapted, norm == 0 ? 1 : norm, adapted);
        return adapted;
    }

    /// <summary>The question's vector moved by the map, <c>q + Δᵀq</c>, as it is (fitting reads it before normalising).</summary>
    public void Map(ReadOnlySpan<float> question, Span<float> into)
    {
        question.CopyTo(into);
        for (var i = 0; i < Dimensions; i++)
        {
            if (question[i] != 0)
            {
                TensorPrimitives.MultiplyAdd(delta.AsSpan(i * Dimensions, Dimensions), question[i], into, into);
            }
        }
    }

    /// <summary>The adapter shipped with the app.</summary>
    public static QuestionAdapter Embedded()
    {
        using var stream = typeof(QuestionAdapter).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The app carries no {ResourceName}.");
        return Read(stream);
    }

    public static QuestionAdapter Read(Stream stream)
    {
        using var reader = new BinaryReader(stream);
        if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Dimensions)
        {
            throw new InvalidDataException("Not a question adapter for this sentence model.");
        }

        var weights = new float[Dimensions * Dimensions];
        for (var i = 0; i < weights.Length; i++)
        {
            weights[i] = (float)reader.ReadHalf();
        }

        var uncovered = new float[Dimensions];
        for (var i = 0; i < uncovered.Length; i++)
        {
            uncovered[i] = reader.ReadSingle();
        }

        return new QuestionAdapter(weights, uncovered);
    }

    /// <summary>Writes the weights at half precision (their fitted size is far above its resolution).</summary>
    public void Write(string path)
    {
        using var writer = new BinaryWriter(File.Create(path));
        writer.Write(Magic);
        writer.Write(Dimensions);
        foreach (var weight in delta)
        {
            writer.Write((Half)weight);
        }

        foreach (var weight in uncovered)
        {
            writer.Write(weight);
        }
    }
}

/// <summary>
/// The adapter questions are read with: the shipped one, or, in this async flow only, one fitted without the questions
/// being scored (calibration must not rank a question with a map fitted on it, or it would measure recall).
/// </summary>
public sealed class QuestionAdapters(QuestionAdapter shipped)
{
    readonly AsyncLocal<QuestionAdapter?> trying = new();

    public QuestionAdapter Current => trying.Value ?? shipped;

    public IDisposable Using(QuestionAdapter adapter)
    {
        var before = trying.Value;
        trying.Value = adapter;
        return new Restore(() => trying.Value = before);
    }
}
