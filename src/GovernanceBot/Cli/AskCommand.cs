using System.CommandLine;
using System.Text.Json;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Index;

namespace GovernanceBot.Cli;

/// <summary><c>ask --council ID "question" [--json]</c>: answers one question as the bot would.</summary>
static class AskCommand
{
    public static Command Create()
    {
        var council = new Option<string>("--council") { Description = "The council's id, e.g. derby.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var explain = new Option<bool>("--explain") { Description = "Also show the candidate clauses and the coverage behind the answer." };
        var question = new Argument<string>("question") { Description = "The question, in quotes." };
        var command = new Command("ask", "Answer a question from a council's documents.") { council, json, explain, question, CliServices.DataOption };
        command.SetAction(result => CliServices.Run(() =>
        {
            using var services = CliServices.Build(result);
            services.GetRequiredService<KnowledgeIndexer>().Update();
            var engine = services.GetRequiredService<AnswerEngine>();
            var explanation = engine.Explain(result.GetValue(council)!, result.GetValue(question)!);
            var answer = explanation.Answer;
            Console.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(AnswerJson.From(answer), AnswerJson.Options) : AnswerJson.ToText(answer));
            if (result.GetValue(explain))
            {
                Console.WriteLine($"\ncoverage of the best clause: {explanation.Coverage:F2}");
                foreach (var hit in explanation.Candidates)
                {
                    Console.WriteLine($"  {hit.Score,7:F3}  {hit.Clause.DocumentId} [{hit.Clause.Paragraph}] {hit.Clause.Text[..Math.Min(100, hit.Clause.Text.Length)]}");
                }
            }
            return 0;
        }));
        return command;
    }
}
