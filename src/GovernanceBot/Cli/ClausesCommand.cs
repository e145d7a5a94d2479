using System.CommandLine;
using GovernanceBot.Knowledge.Ingestion;
using GovernanceBot.Knowledge.Segmentation;

namespace GovernanceBot.Cli;

/// <summary>
/// <c>clauses FILE [--starts-at HEADING]</c>: shows how a document is cut into clauses, so whoever loads it can check;
/// with the heading its council.json gives as <c>startsAt</c>, only the part that is indexed.
/// </summary>
static class ClausesCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A .txt document to segment." };
        var startsAt = new Option<string?>("--starts-at") { Description = "The heading the protocol starts at (council.json's startsAt): show only the part indexed." };
        var command = new Command("clauses", "Show the clauses a document is cut into.") { file, startsAt };
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

            string text;
            try
            {
                text = ProtocolPart.Of(File.ReadAllText(path.FullName), result.GetValue(startsAt));
            }
            catch (DocumentReadException e)
            {
                throw new CliException(e.Message);
            }

            foreach (var clause in ClauseSegmenter.Segment(text, "-", Path.GetFileNameWithoutExtension(path.Name), path.Name))
            {
                Console.WriteLine($"[{clause.Paragraph}] {{{clause.SectionPath}}} {clause.Text}");
            }

            return 0;
        }));
        return command;
    }
}
