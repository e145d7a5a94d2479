using GovernanceBot.Knowledge.Evaluation;

namespace GovernanceBot.Cli;

/// <summary>Reads an evaluation file for a command, turning a missing, unreadable, malformed or empty file into one clear error.</summary>
static class EvalFile
{
    public static IReadOnlyList<EvalQuestion> Read(FileInfo file)
    {
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

        return loaded.Count > 0 ? loaded : throw new CliException($"the questions file '{file.FullName}' has no questions.");
    }
}
