namespace GovernanceBot.Load;

/// <summary>Latency samples in milliseconds, and their nearest-rank percentiles.</summary>
sealed class Latencies
{
    readonly List<double> samples = [];

    public int Count
    {
        get { lock (samples) { return samples.Count; } }
    }

    public void Add(double milliseconds)
    {
        lock (samples)
        {
            samples.Add(milliseconds);
        }
    }

    public double Percentile(double p)
    {
        lock (samples)
        {
            if (samples.Count == 0)
            {
                return double.NaN;
            }

            var sorted = samples.Order().ToList();
            return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
        }
    }

    public double Max
    {
        get { lock (samples) { return samples.Count == 0 ? double.NaN : samples.Max(); } }
    }
}
