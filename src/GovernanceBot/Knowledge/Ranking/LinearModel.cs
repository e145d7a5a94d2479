namespace GovernanceBot.Knowledge.Ranking;

/// <summary>
/// A linear function of standardised features: w · (x − mean) / scale + bias. The ranker (a softmax over one question's
/// candidates) and the gate (a logistic probability) are both this shape; the numbers come from calibration.
/// </summary>
public sealed record LinearModel(IReadOnlyList<string> Features, double[] Mean, double[] Scale, double[] Weights, double Bias)
{
    public double Score(double[] x)
    {
        if (x.Length != Weights.Length)
        {
            throw new ArgumentException($"Expected {Weights.Length} features, got {x.Length}.", nameof(x));
        }

        var score = Bias;
        for (var i = 0; i < x.Length; i++)
        {
            score += Weights[i] * (x[i] - Mean[i]) / Scale[i];
        }

        return score;
    }

    /// <summary>Checks the model fits the features the code computes, so a stale model file fails at start, not mid-question.</summary>
    public void Validate(IReadOnlyList<string> expected, string what)
    {
        if (!Features.SequenceEqual(expected) || Mean.Length != expected.Count || Scale.Length != expected.Count || Weights.Length != expected.Count || Scale.Any(s => s <= 0))
        {
            throw new InvalidOperationException($"The {what} model does not match the evidence the code computes ({string.Join(", ", expected)}); run the calibrate command again.");
        }
    }
}
