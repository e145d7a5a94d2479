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
        // The adapter reads the weights as they are fitted, in place.
        var delta = new float[Dimensions * Dimensions];
        var uncovered = new float[Dimensions];
        var adapter = new QuestionAdapter(delta, uncovered);
        var answered = rows.Where(r => r.Answers.Any(a => a)).ToList();
        var shrink = answered.Count == 0 ? 1 : 1f - Rate * Decay / answered.Count;
        var adapted = new float[Dimensions];
        var gradient = new float[Dimensions];

        // First the map, on the questions the documents answered, with no "none" to choose: the cross-entropy's gradient
        // with respect to the adapted question is Scale × Σ (p_i − y_i) c_i, the answering clauses sharing the target.
        foreach (var row in Shuffled(answered))
        {
            adapter.Map(row.Question, adapted);
            var probabilities = Probabilities(row, adapted, null);
            var answering = row.Answers.Count(a => a);
            Array.Clear(gradient);
            for (var i = 0; i < row.Clauses.Count; i++)
            {
                var coefficient = probabilities[i] - (row.Answers[i] ? 1f / answering : 0f);
                if (MathF.Abs(coefficient) > 1e-5f)
                {
                    TensorPrimitives.MultiplyAdd(row.Clauses[i], Scale * coefficient, gradient, gradient);
                }
            }

            for (var i = 0; i < Dimensions; i++)
            {
                var weights = delta.AsSpan(i * Dimensions, Dimensions);
                TensorPrimitives.Multiply(weights, shrink, weights);
                TensorPrimitives.MultiplyAdd(gradient, -Rate * row.Question[i], weights, weights);
            }
        }

        // Then, the map fixed, the "none" vector on every question (its gradient is "none"'s p − y times the adapted
        // question): uncovered ones are pulled towards it, answered ones pushed away.
        foreach (var row in Shuffled(rows))
        {
            adapter.Map(row.Question, adapted);
            var none = Probabilities(row, adapted, uncovered)[^1] - (row.Answers.Any(a => a) ? 0f : 1f);
            TensorPrimitives.MultiplyAdd(adapted, -Rate * none, uncovered, uncovered);
        }

        return adapter;
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

    // The softmax over the row's clauses of Scale × the adapted question's similarity to each, and last, with an
    // uncovered vector, over "none" too (its vector the uncovered one).
    static float[] Probabilities(Row row, float[] adapted, float[]? uncovered)
    {
        var scores = new float[row.Clauses.Count + (uncovered is null ? 0 : 1)];
        for (var i = 0; i < row.Clauses.Count; i++)
        {
            scores[i] = Scale * TensorPrimitives.Dot(adapted, row.Clauses[i]);
        }

        if (uncovered is not null)
        {
            scores[^1] = Scale * TensorPrimitives.Dot(adapted, uncovered);
        }

        var max = TensorPrimitives.Max(scores);
        TensorPrimitives.Subtract(scores, max, scores);
        TensorPrimitives.Exp(scores, scores);
        var sum = TensorPrimitives.Sum(scores);
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] /= sum;
        }

        return scores;
    }
}
