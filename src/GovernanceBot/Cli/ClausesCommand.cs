using System.CommandLine;
using GovernanceBot.Knowledge.Segmentation;

namespace GovernanceBot.Cli;

/// <summary><c>clauses FILE</c>: shows how a document is cut into clauses, so whoever loads it can check.</summary>
static class ClausesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A .txt document to segment." };
        var command = new Command("clauses", "Show the clauses a document is cut into.") { file };
        command.SetAction(result => CliServices.Run(() =>
        {
            var path = result.GetValue(file)!;
            if (System.IO.Directory.Exists(path.FullName))
            {
                throw new CliException($"'{path.FullName}' is a folder; give a document file.");
            }

            if (!path.Exists)
            {
                throw new CliException($"there is no file '{path.FullName}'.");
            }

            var text = File.ReadAllText(path.FullName);
            foreach (var clause in ClauseSegmenter.Segment(text, "-", Path.GetFileNameWithoutExtension(path.Name), path.Name))
            {
                Console.WriteLine($"[{clause.Paragraph}] {{{clause.SectionPath}}} {clause.Text}");
            }

            return 0;
        }));
        return command;
    }
}
