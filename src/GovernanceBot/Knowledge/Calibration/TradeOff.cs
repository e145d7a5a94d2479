using GovernanceBot.Knowledge.Evaluation;

namespace GovernanceBot.Knowledge.Calibration;

/// <summary>A tuning question and the name of the set it came from.</summary>
public sealed record TuningQuestion(string Set, EvalQuestion Question);

/// <summary>
/// One tuning question's cross-validated outcome, as asked at a council with its own history of questions or at one the
/// bot never served (<see cref="NewCouncil"/>): whether the first (and any of the first three) ranked clauses answer
/// it, and the two gates' probabilities.
/// </summary>
public sealed record CrossValidated(TuningQuestion Tuning, bool NewCouncil, bool RightFirst, bool RightInThree, double Covered, double Confidence);

/// <summary>The fitted model and the cross-validated outcomes it was judged on.</summary>
public sealed record Calibration(Ranking.AnswerModel Model, IReadOnlyList<CrossValidated> Outcomes, Semantic.QuestionAdapter Adapter, IReadOnlyList<string> AdapterFittedOn);

/// <summary>
/// What a pair of thresholds does to cross-validated outcomes: hit@1 and hit@3 over answerable questions (a hand-off is a
/// miss), abstention over uncovered ones, precision over everything answered, and the share and precision of the
/// answers given confidently.
/// </summary>
public sealed record TradeOff(double Hit1, double Hit3, double Abstention, double Precision, double ConfidentShare, double ConfidentPrecision, int Answered)
{
    /// <param name="newCouncilCoverage">The coverage threshold for questions at a council with no history of its own; <paramref name="coverage"/> when not given.</param>
    public static TradeOff At(IReadOnlyList<CrossValidated> outcomes, double coverage, double confidence, double? newCouncilCoverage = null)
    {
        bool Answers(CrossValidated o) => o.Covered >= (o.NewCouncil ? newCouncilCoverage ?? coverage : coverage);
        bool Confident(CrossValidated o) => Answers(o) && o.Confidence >= confidence;
        var answerable = outcomes.Where(o => o.Tuning.Question.ShouldAnswer).ToList();
        var answered = outcomes.Where(Answers).ToList();
        var confident = outcomes.Where(Confident).ToList();
        return new TradeOff(
            Share(answerable, o => o.RightFirst && Answers(o)),
            Share(answerable, o => o.RightInThree && Answers(o)),
            Share(outcomes.Where(o => !o.Tuning.Question.ShouldAnswer).ToList(), o => !Answers(o)),
            Share(answered, o => o.RightFirst),
            answered.Count == 0 ? 0 : (double)confident.Count / answered.Count,
            Share(confident, o => o.RightFirst),
            answered.Count);
    }

    static double Share(IReadOnlyList<CrossValidated> outcomes, Func<CrossValidated, bool> good) =>
        outcomes.Count == 0 ? 1 : (double)outcomes.Count(good) / outcomes.Count;
}
