using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Knowledge.Evaluation;
using GovernanceBot.Knowledge.Semantic;
using GovernanceBot.Knowledge.Ranking;
using GovernanceBot.Knowledge.Retrieval;

namespace GovernanceBot.Knowledge.Calibration;

/// <summary>
/// Fits the ranker and the two gates on tuning questions and measures them honestly, leaving one council out at a time:
/// the models that score a council's questions never saw a question about that council's documents, as with a council
/// the bot has never served. The ranker is then fitted on every question; the gates on every question's out-of-fold
/// ranking (so they learn how a ranker does on questions it did not train on), each set of questions counting the same
/// however many it holds (one writer's way of asking, or one kind of question, does not outweigh the others). Thresholds: the coverage gate's is the
/// lowest at which the cross-validated gate declines <see cref="RequiredAbstention"/> of the questions the documents do
/// not cover, one for councils with a history of questions and one for councils without; the confidence gate's the
/// lowest at which <see cref="RequiredPrecision"/> of confident answers cite the right clause first. A question never finds its own set in the example memory, so what questions asked before lend it
/// is measured as for someone new asking; and every question is tuned on twice, once with its council's own history
/// and once without it, as at a council the bot has never served, so the models learn to read both. The question
/// adapter is fitted first, on the questions asked before it is given; a tuning question is ranked with one fitted
/// without its own set (and, as at a council never served, without its council), so the ranker learns how far to
/// trust the adapter on wording it was not fitted on (<see cref="AdapterFolds"/>).
/// </summary>
public sealed class Calibrator(CouncilCatalog catalog, IClauseRetriever retriever, ExampleMemory examples, SemanticIndex semantic, QuestionAdapters adapters)
{
    public const double RequiredAbstention = 0.97;
    public const double RequiredPrecision = 0.90;

    public Task<Calibration> RunAsync(IReadOnlyList<TuningQuestion> questions, CancellationToken cancellationToken) =>
        RunAsync(questions, [], cancellationToken);

    /// <param name="adapterQuestions">The questions the question adapter is fitted on (none: no adapter). A tuning
    /// question is ranked with an adapter fitted without its set, and as at a council never served with one fitted
    /// without its council.</param>
    public async Task<Calibration> RunAsync(IReadOnlyList<TuningQuestion> questions, IReadOnlyList<TuningQuestion> adapterQuestions, CancellationToken cancellationToken)
    {
        var folds = AdapterFolds.Fit(await AdapterRowsAsync(adapterQuestions, cancellationToken));

        var tuned = new List<Tuned>();
        foreach (var tuning in questions.Where(t => !SmallTalk.Is(t.Question.Question)))
        {
            var question = QuestionFor(tuning.Question);
            Retrieved retrieved, unserved;
            using (examples.Excluding(tuning.Set))
            using (adapters.Using(folds.WithoutSet(tuning.Set)))
            {
                retrieved = await retriever.RetrieveAsync(question, cancellationToken);
            }

            // As at a council never served: no questions asked before there, and an adapter fitted without them.
            using (examples.Excluding(tuning.Set, tuning.Question.Council))
            using (adapters.Using(folds.WithoutCouncil(tuning.Question.Council)))
            {
                unserved = await retriever.RetrieveAsync(question, cancellationToken);
            }

            tuned.Add(new Tuned(tuning, false, retrieved, retrieved.Candidates.Select(c => tuning.Question.IsAnsweredBy(c.Clause.Text)).ToArray()));
            tuned.Add(new Tuned(tuning, true, unserved, unserved.Candidates.Select(c => tuning.Question.IsAnsweredBy(c.Clause.Text)).ToArray()));
        }

        var councils = tuned.Select(t => t.Tuning.Question.Council).Distinct().Order(StringComparer.Ordinal).ToList();

        // Out-of-fold ranking: each council's questions ranked by a ranker fitted on the other councils' questions.
        var ranked = new Dictionary<Tuned, IReadOnlyList<RankedCandidate>>();
        foreach (var held in councils)
        {
            var ranker = new CandidateRanker(FitRanker(tuned.Where(t => t.Tuning.Question.Council != held)));
            foreach (var t in tuned.Where(t => t.Tuning.Question.Council == held))
            {
                ranked[t] = ranker.Rank(t.Retrieved.Candidates);
            }
        }

        var rows = tuned.Select(t => new GateRow(t, GateFeatures.Of(ranked[t], t.Retrieved.Evidence), Right(t, ranked[t], 1), Right(t, ranked[t], 3))).ToList();

        // Both gates cross-validated the same way, on those out-of-fold rankings.
        var outcomes = new List<CrossValidated>();
        foreach (var held in councils)
        {
            var training = rows.Where(r => r.Tuned.Tuning.Question.Council != held).ToList();
            var coverage = FitCoverage(training);
            var confidence = FitConfidence(training);
            outcomes.AddRange(rows.Where(r => r.Tuned.Tuning.Question.Council == held).Select(r =>
                new CrossValidated(r.Tuned.Tuning, r.Tuned.NewCouncil, r.RightFirst, r.RightInThree, Probability(coverage, r.Features), Probability(confidence, r.Features))));
        }

        // A council's own history makes its questions easier to judge, so each kind of council gets the lowest threshold
        // that meets the bar on its own questions.
        var known = outcomes.Where(o => !o.NewCouncil).ToList();
        var unknown = outcomes.Where(o => o.NewCouncil).ToList();
        var coverageThreshold = LowestThreshold(t => TradeOff.At(known, t, 1).Abstention >= RequiredAbstention);
        var newCouncilThreshold = unknown.Count == 0 ? coverageThreshold : LowestThreshold(t => TradeOff.At(unknown, t, 1).Abstention >= RequiredAbstention);
        var confidenceThreshold = LowestThreshold(t => TradeOff.At(outcomes, coverageThreshold, t, newCouncilThreshold).ConfidentPrecision >= RequiredPrecision);
        var model = new AnswerModel(
            FitRanker(tuned).Ranker,
            FitCoverage(rows),
            coverageThreshold,
            newCouncilThreshold,
            FitConfidence(rows),
            confidenceThreshold,
            questions.Select(q => q.Set).Distinct().ToList(),
            "");
        return new Calibration(model, outcomes, folds.Shipped, adapterQuestions.Select(q => q.Set).Distinct().ToList());
    }

    Question QuestionFor(EvalQuestion question)
    {
        if (!catalog.TryGet(question.Council, out var council))
        {
            throw new UnknownCouncilException(question.Council);
        }

        return new Question(council.Id, council.DisplayName, QuestionText.Clean(question.Question, int.MaxValue), council.Scopes);
    }

    // Each question's vector against every clause it could be answered from, and which answer it (vectors shared between rows).
    async Task<List<AdapterFit.Row>> AdapterRowsAsync(IReadOnlyList<TuningQuestion> questions, CancellationToken cancellationToken)
    {
        var rows = new List<AdapterFit.Row>();
        var vectors = new Dictionary<TextHash, float[]>();
        foreach (var tuning in questions.Where(t => !SmallTalk.Is(t.Question.Question)))
        {
            var question = QuestionFor(tuning.Question);
            var vector = (await retriever.RetrieveAsync(question, cancellationToken)).Vector;
            var clauses = (await semantic.RankAsync(vector, question.Scopes, cancellationToken)).Ordered;
            var answers = clauses.Select(c => tuning.Question.IsAnsweredBy(c.Clause.Text)).ToArray();
            if (tuning.Question.ShouldAnswer != answers.Any(a => a))
            {
                continue;
            }

            rows.Add(new AdapterFit.Row(tuning.Set, tuning.Question.Council, vector, clauses.Select(c => VectorOf(c.Hash)).ToList(), answers));
        }

        return rows;

        float[] VectorOf(TextHash hash)
        {
            if (!vectors.TryGetValue(hash, out var vector))
            {
                vector = new float[SentenceEmbedder.Dimensions];
                semantic.AddScaled(hash, 1, vector);
                vectors[hash] = vector;
            }

            return vector;
        }
    }

    static bool Right(Tuned t, IReadOnlyList<RankedCandidate> ranked, int k) =>
        t.Tuning.Question.ShouldAnswer && ranked.Take(k).Any(c => t.Tuning.Question.IsAnsweredBy(c.Candidate.Clause.Text));

    static AnswerModel FitRanker(IEnumerable<Tuned> tuned)
    {
        var ranker = ListwiseFit.Fit(
            tuned.Where(t => t.Tuning.Question.ShouldAnswer && t.Answers.Any(a => a))
                .Select(t => (t.Retrieved.Candidates.Select(c => CandidateFeatures.Of(c.Evidence)).ToArray(), t.Answers))
                .ToList(),
            CandidateFeatures.Names);
        var none = new LinearModel(GateFeatures.Names, new double[GateFeatures.Names.Count], Enumerable.Repeat(1.0, GateFeatures.Names.Count).ToArray(), new double[GateFeatures.Names.Count], 0);
        return new AnswerModel(ranker, none, 0, 0, none, 0, [], "");
    }

    static LinearModel FitCoverage(IEnumerable<GateRow> rows) =>
        LogisticFit.Fit(Weighted(rows, r => r.Tuned.Tuning.Question.ShouldAnswer), GateFeatures.Names);

    static LinearModel FitConfidence(IEnumerable<GateRow> rows) =>
        LogisticFit.Fit(Weighted(rows, r => r.RightFirst), GateFeatures.Names);

    // Each set of questions counts the same in the gates' fit, however many it holds.
    static List<(double[] Features, bool Right, double Weight)> Weighted(IEnumerable<GateRow> rows, Func<GateRow, bool> label)
    {
        var list = rows.ToList();
        var sizes = list.GroupBy(r => r.Tuned.Tuning.Set).ToDictionary(g => g.Key, g => g.Count());
        var mean = sizes.Values.Average();
        return list.Select(r => (r.Features, label(r), mean / sizes[r.Tuned.Tuning.Set])).ToList();
    }

    static double Probability(LinearModel model, double[] features) => 1 / (1 + Math.Exp(-model.Score(features)));

    /// <summary>The lowest threshold, in steps of 0.01, that meets the bar; the strictest when none does.</summary>
    static double LowestThreshold(Func<double, bool> meets)
    {
        for (var step = 1; step < 100; step++)
        {
            if (meets(step / 100.0))
            {
                return step / 100.0;
            }
        }

        return 0.99;
    }

    sealed record Tuned(TuningQuestion Tuning, bool NewCouncil, Retrieved Retrieved, bool[] Answers);

    sealed record GateRow(Tuned Tuned, double[] Features, bool RightFirst, bool RightInThree);
}
