using System.Numerics.Tensors;
using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Knowledge.Calibration;

/// <summary>
/// Fits a <see cref="QuestionAdapter"/>: for each question the documents answered, the softmax over every clause of its
/// council (and the national guidance) of the adapted question's similarity to each is pushed towards the clauses that
/// answer it, by stochastic gradient descent with weight decay towards the identity. Then, with the map fixed, one more
/// choice competes with the clauses, "none of them", whose score is the adapted question's similarity to a fitted
/// vector: questions the documents did not cover are pushed towards it. Deterministic for the same rows.
/// </summary>
public static class AdapterFit
{
    const int Dimensions = SentenceEmbedder.Dimensions;
    const int Epochs = 10;
    const float Scale = 20f;
    const float Rate = 0.05f;
    const float Decay = 1f;

    /// <summary>A question's vector, the vectors of the clauses it could be answered from, and which of them answer it (none, for a question the documents do not cover).</summary>
    public sealed record Row(string Set, string Council, float[] Question, IReadOnlyList<float[]> Clauses, bool[] Answers);

    public static QuestionAdapter Fit(IReadOnlyList<Row> rows)
    {
        var delta = new float[Dimensions * Dimensions];
        var uncovered = new float[Dimensions];
        var answered = rows.Where(r => r.Answers.Any(a => a)).ToList();
        var shrink = answered.Count == 0 ? 1 : 1f - Rate * Decay / answered.Count;
        var adapted = new float[Dimensions];
        var gradient = new float[Dimensions];

        // First the map, on the questions the documents answered, with no "none" to choose.
        var noNone = new float[Dimensions];
        foreach (var row in Shuffled(answered))
        {
            Adapt(row.Question, delta, adapted);
            Gradient(row, adapted, noNone, withNone: false, gradient);
            for (var i = 0; i < Dimensions; i++)
            {
                var weights = delta.AsSpan(i * Dimensions, Dimensions);
                TensorPrimitives.Multiply(weights, shrink, weights);
                TensorPrimitives.MultiplyAdd(gradient, -Rate * row.Question[i], weights, weights);
            }
        }

        // Then, the map fixed, the "none" vector on every question: answered ones are pushed away from it.
        foreach (var row in Shuffled(rows))
        {
            Adapt(row.Question, delta, adapted);
            var none = Gradient(row, adapted, uncovered, withNone: true, gradient);
            TensorPrimitives.MultiplyAdd(adapted, -Rate * none, uncovered, uncovered);
        }

        return new QuestionAdapter(delta, uncovered);
    }

    // The rows in a fixed pseudo-random order, Epochs times over.
    static IEnumerable<Row> Shuffled(IReadOnlyList<Row> rows)
    {
        var order = Enumerable.Range(0, rows.Count).ToArray();
        var random = new Random(7);
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                yield return rows[index];
            }
        }
    }

    static void Adapt(float[] question, float[] delta, float[] into)
    {
        question.CopyTo(into, 0);
        for (var i = 0; i < Dimensions; i++)
        {
            TensorPrimitives.MultiplyAdd(delta.AsSpan(i * Dimensions, Dimensions), question[i], into, into);
        }
    }

    // The cross-entropy's gradient with respect to the adapted question: Scale × Σ (p_i − y_i) c_i over the clauses and
    // "none" (whose vector is the uncovered one), the answering clauses sharing the target equally. Returns "none"'s
    // p − y, which with the adapted question is the gradient for the uncovered vector.
    static float Gradient(Row row, float[] adapted, float[] uncovered, bool withNone, float[] into)
    {
        var scores = new float[row.Clauses.Count + (withNone ? 1 : 0)];
        for (var i = 0; i < row.Clauses.Count; i++)
        {
            scores[i] = Scale * TensorPrimitives.Dot(adapted, row.Clauses[i]);
        }

        if (withNone)
        {
            scores[^1] = Scale * TensorPrimitives.Dot(adapted, uncovered);
        }

        var max = TensorPrimitives.Max(scores);
        TensorPrimitives.Subtract(scores, max, scores);
        TensorPrimitives.Exp(scores, scores);
        var sum = TensorPrimitives.Sum(scores);
        var answering = row.Answers.Count(a => a);
        Array.Clear(into);
        for (var i = 0; i < row.Clauses.Count; i++)
        {
            var coefficient = scores[i] / sum - (row.Answers[i] ? 1f / answering : 0f);
            if (MathF.Abs(coefficient) > 1e-5f)
            {
                TensorPrimitives.MultiplyAdd(row.Clauses[i], Scale * coefficient, into, into);
            }
        }

        return withNone ? scores[^1] / sum - (answering == 0 ? 1f : 0f) : 0;
    }
}
