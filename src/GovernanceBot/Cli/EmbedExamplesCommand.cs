using System.CommandLine;
using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Cli;

/// <summary>
/// <c>embed-examples --out FILE</c>: embeds every question asked before in the examples folder with the question model
/// and writes their vectors as one file, in the order of their keys, so the same questions always give the same file.
/// Shipped beside the questions, it spares each new data folder embedding them again (README, "Answer quality").
/// </summary>
static class EmbedExamplesCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "The vectors file to write.", Required = true };
        var command = new Command("embed-examples", "Embed the questions asked before and write their vectors, to ship beside them.") { CliServices.DataOption, output };
        command.SetAction((result, cancellationToken) => CliServices.RunAsync(async () =>
        {
            await using var services = CliServices.Build(result);
            var questions = services.GetRequiredService<IAskedBefore>().Load().Select(q => q.Text).Distinct(StringComparer.Ordinal).ToList();
            var vectors = SentenceEmbedder.Shared.EmbedQuestionsRemembered(questions, cancellationToken);
            var entries = questions.Select((q, i) => (Hash: ExampleVectors.KeyOf(q), Vector: VectorStore.ToHalf(vectors[i])))
                .OrderBy(e => e.Hash.High).ThenBy(e => e.Hash.Low).ToList();
            var file = result.GetRequiredValue(output);
            VectorStore.WriteSegment(file.FullName, entries);
            Console.WriteLine($"wrote {entries.Count} question vectors to {file.FullName}");
            return 0;
        }));
        return command;
    }
}
