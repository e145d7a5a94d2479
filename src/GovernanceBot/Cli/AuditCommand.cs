using System.CommandLine;
using GovernanceBot.Audit;

namespace GovernanceBot.Cli;

/// <summary><c>audit export --out FILE.csv [--council X]</c>: the audit log as CSV (RFC 4180), for the Monitoring Officer.</summary>
static class AuditCommand
{
    public static Command Create()
    {
        var output = new Option<FileInfo>("--out") { Description = "The CSV file to write (replaced if it exists).", Required = true };
        var council = new Option<string?>("--council") { Description = "Only this council's entries, e.g. derby." };
        var export = new Command("export", "Write the audit log as CSV.") { output, council, CliServices.DataOption };
        export.SetAction((result, cancellationToken) => CliServices.RunAsync(async () =>
        {
            var file = result.GetValue(output)!;
            if (System.IO.Directory.Exists(file.FullName))
            {
                throw new CliException($"'{file.FullName}' is a folder; give the CSV file to write, e.g. {Path.Combine(file.FullName, "audit.csv")}.");
            }

            CliServices.CheckCouncil(result, result.GetValue(council));
            if (file.Directory is { Exists: false } folder)
            {
                throw new CliException($"The folder '{folder.FullName}' does not exist.");
            }

            var log = CliServices.OpenAuditLog(result);
            var count = await log.ExportCsvAsync(result.GetValue(council), file.FullName, cancellationToken);
            Console.WriteLine($"wrote {count} audit entries to {file.FullName}");
            return 0;
        }));
        return new Command("audit", "The audit log of requests, decisions and notifications.") { export };
    }
}
