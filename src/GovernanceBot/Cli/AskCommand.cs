using System.CommandLine;
using System.Text.Json;
using GovernanceBot.Knowledge;
using GovernanceBot.Knowledge.Answers;

namespace GovernanceBot.Cli;

/// <summary><c>ask --council ID "question" [--json] [--explain]</c>: answers one question as the bot would.</summary>
static class AskCommand
{
    public static Command Create()
    {
        var council = new Option<string>("--council") { Description = "The council's id, e.g. derby.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var explain = new Option<bool>("--explain") { Description = "Also show each candidate's evidence and the gate's decision." };
        var question = new Argument<string>("question") { Description = "The question, in quotes." };
        var command = new Command("ask", "Answer a question from a council's documents.") { council, json, explain, question, CliServices.DataOption };
        command.SetAction((result, cancellationToken) => CliServices.RunAsync(async () =>
        {
            await using var services = CliServices.Build(result);
            await services.UpdateIndexesAsync(cancellationToken);
            var explanation = await services.GetRequiredService<AnswerPipeline>().ExplainAsync(result.GetValue(council)!, result.GetValue(question)!, cancellationToken);
            Console.WriteLine(result.GetValue(json) ? JsonSerializer.Serialize(AnswerJson.From(explanation.Answer), AnswerJson.Options) : AnswerJson.ToText(explanation.Answer));
            if (result.GetValue(explain))
            {
                Console.WriteLine();
                Console.WriteLine(ExplanationText.Of(explanation));
            }

            return 0;
        }));
        return command;
    }
}
