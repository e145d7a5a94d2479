using System.CommandLine;
using GovernanceBot.Knowledge;

namespace GovernanceBot.Cli;

/// <summary><c>index</c>: brings the index and the clause vectors up to date with the councils' documents and reports what it did.</summary>
static class IndexCommand
{
    public static Command Create()
    {
        var command = new Command("index", "Index the councils' documents (only changed documents are read again, only new clause texts embedded).") { CliServices.DataOption };
        command.SetAction((result, cancellationToken) => CliServices.RunAsync(async () =>
        {
            await using var services = CliServices.Build(result);
            var (report, semantic) = await services.UpdateIndexesAsync(cancellationToken);
            Console.WriteLine($"indexed {report.Indexed} documents ({report.Clauses} clauses), {report.Unchanged} unchanged, {report.Removed} removed in {report.Elapsed.TotalMilliseconds:F0} ms");
            Console.WriteLine($"vectors: {semantic.Clauses} clauses, {semantic.Embedded} of {semantic.Texts} texts embedded now, {semantic.Examples} questions asked before, in {semantic.Elapsed.TotalMilliseconds:F0} ms");
            foreach (var failure in report.Failures)
            {
                Console.Error.WriteLine($"skipped: {failure.Reason}");
            }

            return report.Failures.Count == 0 ? 0 : 1;
        }));
        return command;
    }
}
