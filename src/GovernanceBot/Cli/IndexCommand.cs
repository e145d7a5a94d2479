using System.CommandLine;
using GovernanceBot.Knowledge.Index;

namespace GovernanceBot.Cli;

/// <summary><c>index</c>: brings the index up to date with the councils' documents and reports what it did.</summary>
static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Index the councils' documents (only changed documents are read again).") { CliServices.DataOption };
        command.SetAction(result => CliServices.Run(() =>
        {
            using var services = CliServices.Build(result);
            var report = services.GetRequiredService<KnowledgeIndexer>().Update();
            Console.WriteLine($"indexed {report.Indexed} documents ({report.Clauses} clauses), {report.Unchanged} unchanged, {report.Removed} removed in {report.Elapsed.TotalMilliseconds:F0} ms");
            foreach (var failure in report.Failures)
            {
                Console.Error.WriteLine($"skipped: {failure.Reason}");
            }

            return report.Failures.Count == 0 ? 0 : 1;
        }));
        return command;
    }
}
