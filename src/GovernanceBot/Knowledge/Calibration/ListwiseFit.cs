using GovernanceBot.Knowledge.Ranking;

namespace GovernanceBot.Knowledge.Calibration;

/// <summary>
/// Fits the ranker: a linear score whose softmax over a question's candidates puts as much probability as it can on the
/// clauses that answer (a conditional logit, maximised by full-batch gradient descent with an L2 penalty). Deterministic:
/// the same questions give the same weights.
/// </summary>
static class ListwiseFit
{
    const int Epochs = 400;
    const double LearningRate = 0.3;
    const double Penalty = 0.01;

    /// <param name="questions">Per question, each candidate's features and whether it answers; every question has at least one that does.</param>
    public static LinearModel Fit(IReadOnlyList<(double[][] Candidates, bool[] Answers)> questions, IReadOnlyList<string> names)
    {
        var (mean, scale) = Standardiser.Of(questions.SelectMany(q => q.Candidates).ToList());
        var data = questions.Select(q => (q.Candidates.Select(c => Standardiser.Apply(c, mean, scale)).ToArray(), q.Answers)).ToList();
        var n = names.Count;
        var w = new double[n];
        for (var epoch = 0; epoch < Epochs; epoch++)
        {
            var gradient = new double[n];
            foreach (var (candidates, answers) in data)
            {
                var scores = candidates.Select(c => Dot(w, c)).ToArray();
                var p = CandidateRanker.Softmax(scores);
                var answering = p.Where((_, i) => answers[i]).Sum();
                for (var c = 0; c < candidates.Length; c++)
                {
                    var target = answers[c] ? p[c] / answering : 0; // probability among the answering clauses
                    for (var i = 0; i < n; i++)
                    {
                        gradient[i] += (p[c] - target) * candidates[c][i];
                    }
                }
            }

            for (var i = 0; i < n; i++)
            {
                w[i] -= LearningRate * ((gradient[i] / data.Count) + (Penalty * w[i]));
            }
        }

        return new LinearModel(names, mean, scale, w, 0);
    }

    static double Dot(double[] w, double[] x)
    {
        var s = 0.0;
        for (var i = 0; i < w.Length; i++)
        {
            s += w[i] * x[i];
        }

        return s;
    }
}
