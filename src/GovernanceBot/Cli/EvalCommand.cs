using System.CommandLine;
using System.Text.Json;
using GovernanceBot.Knowledge;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Evaluation;
using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Cli;

/// <summary><c>eval --questions A.jsonl [B.jsonl …] [--json] [--verbose]</c>: measures answer quality and latency, set by set.</summary>
static class EvalCommand
{
    public static Command Create()
    {
        var questions = new Option<FileInfo[]>("--questions") { Description = "Evaluation questions (JSON lines), one or more files; each is scored on its own.", Required = true, AllowMultipleArgumentsPerToken = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per set." };
        var verbose = new Option<bool>("--verbose") { Description = "List each question that missed." };
        var command = new Command("eval", "Score the answers on evaluation questions.") { questions, json, verbose, CliServices.DataOption };
        command.SetAction((result, cancellationToken) => CliServices.RunAsync(async () =>
        {
            var sets = result.GetValue(questions)!.Select(f => (Name: Path.GetFileNameWithoutExtension(f.Name), Questions: EvalFile.Read(f))).ToList();
            await using var services = CliServices.Build(result);
            await services.UpdateIndexesAsync(cancellationToken);
            var evaluator = new Evaluator(services.GetRequiredService<IAnswerEngine>(), services.GetRequiredService<ExampleMemory>());
            foreach (var (name, loaded) in sets)
            {
                var report = await evaluator.RunAsync(name, loaded, cancellationToken);
                Console.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(Json(name, report)) : Text(name, report));
                if (result.GetValue(verbose))
                {
                    PrintMisses(report);
                }
            }

            return 0;
        }));
        return command;
    }

    static object Json(string set, EvalReport report) => new
    {
        set,
        hit1 = Math.Round(report.Hit1, 4),
        hit3 = Math.Round(report.Hit3, 4),
        abstention = Math.Round(report.Abstention, 4),
        route = report.Route is { } route ? Math.Round(route, 4) : (double?)null,
        precision = Math.Round(report.Precision, 4),
        confident = Math.Round(report.ConfidentShare, 4),
        confidentPrecision = Math.Round(report.ConfidentPrecision, 4),
        n = report.Outcomes.Count,
        p50_ms = Math.Round(report.P50Milliseconds, 3),
        p95_ms = Math.Round(report.P95Milliseconds, 3),
    };

    static string Text(string set, EvalReport report) =>
        $"{set}: questions {report.Outcomes.Count}  hit@1 {report.Hit1:F3}  hit@3 {report.Hit3:F3}  abstention {report.Abstention:F3}  route {(report.Route is { } route ? $"{route:F3}" : "n/a")}  precision {report.Precision:F3}  confident {report.ConfidentShare:F3} (right {report.ConfidentPrecision:F3})  p50 {report.P50Milliseconds:F2} ms  p95 {report.P95Milliseconds:F2} ms";

    static void PrintMisses(EvalReport report)
    {
        foreach (var o in report.Outcomes)
        {
            var wrong = o.Question.ShouldAnswer ? !o.HitAt(1) : o.Answer.Answered;
            var routeWrong = o.Question.Route is not null && !o.RouteRight;
            if (wrong || routeWrong)
            {
                var first = o.Answer.Citations.FirstOrDefault();
                Console.WriteLine($"- {o.Question.Id} [{o.Question.Council}] {o.Question.Question}");
                Console.WriteLine($"    answered={o.Answer.Answered} hit@1={o.HitAt(1)} hit@3={o.HitAt(3)} route={o.Answer.Route?.Role} (want {o.Question.Route})");
                Console.WriteLine($"    first: {first?.Paragraph} {first?.Text[..Math.Min(140, first.Text.Length)]}");
            }
        }
    }
}
