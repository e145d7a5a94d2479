namespace GovernanceBot.Knowledge.Calibration;

/// <summary>Each feature's mean and spread over the training rows, so weights are comparable and descent converges.</summary>
static class Standardiser
{
    public static (double[] Mean, double[] Scale) Of(IReadOnlyList<double[]> rows)
    {
        var n = rows[0].Length;
        var mean = new double[n];
        var scale = new double[n];
        for (var i = 0; i < n; i++)
        {
            mean[i] = rows.Average(r => r[i]);
            var variance = rows.Average(r => (r[i] - mean[i]) * (r[i] - mean[i]));
            scale[i] = variance > 1e-12 ? Math.Sqrt(variance) : 1; // a constant feature gets no weight to speak of
        }

        return (mean, scale);
    }

    public static double[] Apply(double[] x, double[] mean, double[] scale)
    {
        var z = new double[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            z[i] = (x[i] - mean[i]) / scale[i];
        }

        return z;
    }
}
