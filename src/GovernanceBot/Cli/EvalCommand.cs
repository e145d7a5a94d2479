using System.CommandLine;
using System.Text.Json;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Evaluation;
using GovernanceBot.Knowledge.Index;

namespace GovernanceBot.Cli;

/// <summary><c>eval --questions FILE.jsonl [--json]</c>: measures answer quality and latency.</summary>
static class EvalCommand
{
    public static Command Create()
    {
        var questions = new Option<FileInfo>("--questions") { Description = "Evaluation questions (JSON lines).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var verbose = new Option<bool>("--verbose") { Description = "List each question that missed." };
        var command = new Command("eval", "Score the answers on evaluation questions.") { questions, json, verbose, CliServices.DataOption };
        command.SetAction(result => CliServices.Run(() =>
        {
            var file = result.GetValue(questions)!;
            if (!file.Exists)
            {
                throw new CliException($"cannot read questions file '{file.FullName}': it does not exist.");
            }

            IReadOnlyList<EvalQuestion> loaded;
            try
            {
                loaded = EvalQuestion.ReadFile(file.FullName);
            }
            catch (Exception e) when (e is EvalFileException or IOException or UnauthorizedAccessException)
            {
                throw new CliException($"cannot read questions file: {e.Message}");
            }

            if (loaded.Count == 0)
            {
                throw new CliException($"the questions file '{file.FullName}' has no questions.");
            }

            using var services = CliServices.Build(result);
            services.GetRequiredService<KnowledgeIndexer>().Update();
            var engine = services.GetRequiredService<IAnswerEngine>();
            engine.Ask(loaded[0].Council, loaded[0].Question); // warm up, so latency measures answering, not loading
            var report = new Evaluator(engine).Run(loaded);
            if (result.GetValue(json))
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    hit1 = Math.Round(report.Hit1, 4),
                    hit3 = Math.Round(report.Hit3, 4),
                    abstention = Math.Round(report.Abstention, 4),
                    route = Math.Round(report.Route, 4),
                    n = loaded.Count,
                    p50_ms = Math.Round(report.P50Milliseconds, 3),
                    p95_ms = Math.Round(report.P95Milliseconds, 3),
                }));
            }
            else
            {
                Console.WriteLine($"questions {loaded.Count}  hit@1 {report.Hit1:F3}  hit@3 {report.Hit3:F3}  abstention {report.Abstention:F3}  route {report.Route:F3}  p50 {report.P50Milliseconds:F2} ms  p95 {report.P95Milliseconds:F2} ms");
            }

            if (result.GetValue(verbose))
            {
                PrintMisses(report);
            }

            return 0;
        }));
        return command;
    }

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
                Console.WriteLine($"    answered={o.Answer.Answered} hit@3={o.HitAt(3)} route={o.Answer.Route?.Role} (want {o.Question.Route})");
                Console.WriteLine($"    first: {first?.Paragraph} {first?.Text[..Math.Min(140, first.Text.Length)]}");
            }
        }
    }
}
