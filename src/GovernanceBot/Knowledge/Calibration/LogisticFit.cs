using GovernanceBot.Knowledge.Ranking;

namespace GovernanceBot.Knowledge.Calibration;

/// <summary>
/// Fits a gate: weighted logistic regression of a yes/no outcome on the gate features (full-batch gradient descent, L2
/// penalty, deterministic), each row counting its weight's worth.
/// </summary>
static class LogisticFit
{
    const int Epochs = 800;
    const double LearningRate = 0.3;
    const double Penalty = 0.01;

    public static LinearModel Fit(IReadOnlyList<(double[] Features, bool Right, double Weight)> rows, IReadOnlyList<string> names)
    {
        var (mean, scale) = Standardiser.Of(rows.Select(r => r.Features).ToList());
        var data = rows.Select(r => (Standardiser.Apply(r.Features, mean, scale), r.Right, r.Weight)).ToList();
        var total = rows.Sum(r => r.Weight);
        var n = names.Count;
        var w = new double[n];
        var bias = 0.0;
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var gradient = new double[n];
            var biasGradient = 0.0;
            foreach (var (x, right, weight) in data)
            {
                var z = bias;
                for (var i = 0; i < n; i++)
                {
                    z += w[i] * x[i];
                }

                var error = weight * ((1 / (1 + Math.Exp(-z))) - (right ? 1 : 0));
                for (var i = 0; i < n; i++)
                {
                    gradient[i] += error * x[i];
                }

                biasGradient += error;
            }

            for (var i = 0; i < n; i++)
            {
                w[i] -= LearningRate * ((gradient[i] / total) + (Penalty * w[i]));
            }

            bias -= LearningRate * biasGradient / total;
        }

        return new LinearModel(names, mean, scale, w, bias);
    }
}
