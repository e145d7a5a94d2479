using System.Diagnostics;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Knowledge.Evaluation;

/// <summary>
/// Scores the answer engine on evaluation questions as eval/README.md defines: hit@1 and hit@3 (a cited
/// passage contains a gold phrase, folded), abstention accuracy, route accuracy, precision of what is answered, and
/// per-question latency. A set is scored with its own questions left out of the questions asked before (a tuning set
/// is shipped there, and would otherwise find itself), so it is scored as questions from someone new.
/// </summary>
public sealed class Evaluator(IAnswerEngine engine, ExampleMemory examples)
{
    const int WarmUpPerCouncil = 30;

    public async Task<EvalReport> RunAsync(string set, IReadOnlyList<EvalQuestion> questions, CancellationToken cancellationToken)
    {
        using var leftOut = examples.Excluding(set);
        // A council's first questions pay for compiling the code (.NET recompiles a method optimised after some 30
        // calls), building the council's search filter and loading its vectors: that is start-up, which a running bot
        // has behind it, not a question's latency. Thirty unmeasured questions per council, its own repeated as needed.
        var warmUp = questions.GroupBy(q => q.Council).SelectMany(council => Enumerable.Range(0, WarmUpPerCouncil).Select(i => council.ElementAt(i % council.Count())));
        foreach (var first in warmUp)
        {
            try
            {
                await engine.AskAsync(first.Council, first.Question, cancellationToken);
            }
            catch (UnknownCouncilException)
            {
                // Reported when the question itself is asked.
            }
        }

        var outcomes = new List<EvalOutcome>();
        foreach (var question in questions)
        {
            var clock = Stopwatch.StartNew();
            var answer = await engine.AskAsync(question.Council, question.Question, cancellationToken);
            clock.Stop();
            outcomes.Add(new EvalOutcome(question, answer, clock.Elapsed.TotalMilliseconds));
        }

        return new EvalReport(outcomes);
    }
}

public sealed record EvalOutcome(EvalQuestion Question, Answer Answer, double Milliseconds)
{
    public bool HitAt(int k) =>
        Answer.Answered && Answer.Citations.Take(k).Any(c => Question.IsAnsweredBy(c.Text));

    public bool RouteRight =>
        Question.Route is { } expected && Answer.Answered && Answer.Route is { } route
        && route.Role.Contains(expected, StringComparison.OrdinalIgnoreCase);
}

public sealed record EvalReport(IReadOnlyList<EvalOutcome> Outcomes)
{
    IEnumerable<EvalOutcome> Answerable => Outcomes.Where(o => o.Question.ShouldAnswer);

    public double Hit1 => Share(Answerable, o => o.HitAt(1));

    public double Hit3 => Share(Answerable, o => o.HitAt(3));

    public double Abstention => Share(Outcomes.Where(o => !o.Question.ShouldAnswer), o => !o.Answer.Answered);

    /// <summary>Of the questions that name a role to go to, the share whose answer names it; null when none does (a set without <c>route</c> fields).</summary>
    public double? Route => Outcomes.Any(o => o.Question.Route is not null) ? Share(Outcomes.Where(o => o.Question.Route is not null), o => o.RouteRight) : null;

    /// <summary>Of the questions answered, the share whose first citation is right: how often an answer can be trusted.</summary>
    public double Precision => Share(Outcomes.Where(o => o.Answer.Answered), o => o.Question.ShouldAnswer && o.HitAt(1));

    /// <summary>Of the questions answered, the share answered confidently (without the caution that it may be the wrong clause).</summary>
    public double ConfidentShare => Share(Outcomes.Where(o => o.Answer.Answered), o => o.Answer.Confident);

    /// <summary>Of the questions answered confidently, the share whose first citation is right.</summary>
    public double ConfidentPrecision => Share(Outcomes.Where(o => o.Answer.Answered && o.Answer.Confident), o => o.Question.ShouldAnswer && o.HitAt(1));

    public double P50Milliseconds => Percentile(0.50);

    public double P95Milliseconds => Percentile(0.95);

    static double Share(IEnumerable<EvalOutcome> outcomes, Func<EvalOutcome, bool> good)
    {
        var list = outcomes.ToList();
        return list.Count == 0 ? 1.0 : (double)list.Count(good) / list.Count;
    }

    double Percentile(double p)
    {
        var sorted = Outcomes.Select(o => o.Milliseconds).Order().ToList();
        return sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
