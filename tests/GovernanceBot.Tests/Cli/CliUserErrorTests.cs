using GovernanceBot.Tests.Requests.Workflow;

namespace GovernanceBot.Tests.Cli;

/// <summary>What a user gets wrong on the command line is one line on standard error and exit code 2, never a stack trace.</summary>
public sealed class CliUserErrorTests : IDisposable
{
    readonly WorkflowFixture fixture = new();

    string DataPath => Path.GetDirectoryName(fixture.DatabasePath)!;

    public void Dispose() => fixture.Dispose();

    [Fact]
    public async Task EvalOnAnEmptyQuestionsFileIsAOneLineError()
    {
        var empty = Path.Combine(DataPath, "empty.jsonl");
        await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());
        await File.WriteAllTextAsync(empty, "");

        AssertOneLineError(await GovernanceBotProcess.RunAsync("eval", "--questions", empty, "--data", DataPath), "has no questions");
    }

    [Fact]
    public async Task ClausesOnAMissingFileOrAFolderIsAOneLineError()
    {
        await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());

        AssertOneLineError(await GovernanceBotProcess.RunAsync("clauses", Path.Combine(DataPath, "missing.txt")), "there is no file");
        AssertOneLineError(await GovernanceBotProcess.RunAsync("clauses", DataPath), "is a folder");
    }

    [Fact]
    public async Task AuditExportToAFolderIsAOneLineError()
    {
        await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());

        AssertOneLineError(await GovernanceBotProcess.RunAsync("audit", "export", "--data", DataPath, "--out", DataPath), "is a folder");
    }

    [Fact]
    public async Task AnUnknownCouncilIsAnErrorNotAnEmptyListing()
    {
        await fixture.SubmitAsync("derby", "alex-morgan", Samples.Attendance());

        AssertOneLineError(await GovernanceBotProcess.RunAsync("outbox", "--data", DataPath, "--council", "nowhere"), "there is no council 'nowhere'");
        AssertOneLineError(await GovernanceBotProcess.RunAsync("audit", "export", "--data", DataPath, "--council", "nowhere", "--out", Path.Combine(DataPath, "a.csv")),
            "there is no council 'nowhere'");
    }

    static void AssertOneLineError(Support.CommandResult result, string words)
    {
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(words, line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error + result.Output, StringComparison.Ordinal);
    }
}
