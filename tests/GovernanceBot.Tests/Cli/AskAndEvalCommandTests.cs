using System.Text.Json;
using GovernanceBot.Tests.Knowledge;
using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Cli;

/// <summary>
/// ask and eval as a user runs them, on a copy of the knowledge fixture's data folder (its index and clause vectors), so
/// the command starts from an up-to-date index as it would on a bot's data folder.
/// </summary>
[Collection(KnowledgeCollection.Name)]
public sealed class AskAndEvalCommandTests(KnowledgeFixture knowledge) : IDisposable
{
    readonly string data = CopyOf(knowledge.DataPath);

    [Fact]
    public async Task AskJsonKeepsTheAnswerContract()
    {
        var result = await GovernanceBotProcess.RunAsync("ask", "--council", "derby", "--json", "--data", data, "Can we get the head of planning to our group meeting?");

        Assert.True(result.ExitCode == 0, result.ToString());
        var answer = JsonDocument.Parse(result.Output).RootElement;
        Assert.Equal("derby", answer.GetProperty("council").GetString());
        Assert.True(answer.GetProperty("answered").GetBoolean());
        Assert.Equal("Chief Executive", answer.GetProperty("route").GetProperty("role").GetString());
        var first = answer.GetProperty("citations")[0];
        Assert.Equal("28", first.GetProperty("paragraph").GetString());
        Assert.Equal("Working together: protocol on relationships between Councillors and Officers", first.GetProperty("title").GetString());
        Assert.All(new[] { "document", "section", "text" }, field => Assert.True(first.TryGetProperty(field, out _), field));
    }

    [Fact]
    public async Task ExplainShowsEachCandidatesEvidenceAndTheGatesDecision()
    {
        var result = await GovernanceBotProcess.RunAsync("ask", "--council", "derby", "--explain", "--data", data, "Who decides on access to documents if there is a dispute?");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"gate: covered [01]\.\d{3} \(threshold 0\.\d\d\), confidence 0\.\d{3} \(threshold 0\.\d\d\) -> answer", result.Output);
        Assert.Contains("lexical(rank score share) coverage dense(rank sim gap) adapted(rank sim gap)", result.Output);
        Assert.Matches(@"question adapter: points to ""no clause"" more than to its best clause by -?\d\.\d{3}", result.Output);
        Assert.Contains("derby-working-together-protocol [37]", result.Output);
    }

    [Fact]
    public async Task ExplainShowsTheCouncilsNearestQuestionsAskedBefore()
    {
        var result = await GovernanceBotProcess.RunAsync("ask", "--council", "derby", "--explain", "--data", data, "Where should I park for an evening committee?");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"questions asked before at this council: nearer one not covered than one answered by -?\d\.\d{3}; nearest:", result.Output);
        Assert.Matches(@"\n  0\.\d{3} not covered: where do I park", result.Output);
    }

    [Fact]
    public async Task EvalScoresEachSetOnItsOwn()
    {
        var questions = Path.Combine(RepositoryRoot.Path, "eval");

        var result = await GovernanceBotProcess.RunAsync("eval", "--json", "--data", data, "--questions", Path.Combine(questions, "dev-questions.jsonl"), Path.Combine(questions, "colloquial-questions.jsonl"));

        Assert.True(result.ExitCode == 0, result.ToString());
        var sets = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["dev-questions", "colloquial-questions"], sets.Select(s => s.GetProperty("set").GetString()));
        Assert.Equal([35, 59], sets.Select(s => s.GetProperty("n").GetInt32()));
        Assert.All(sets, s => Assert.True(s.TryGetProperty("precision", out _)));
        Assert.Equal(JsonValueKind.Number, sets[0].GetProperty("route").ValueKind);
    }

    [Fact]
    public async Task EvalOfASetNamingNoRoleSaysRouteWasNotMeasured()
    {
        var set = Path.Combine(data, "no-routes.jsonl");
        File.WriteAllLines(set,
        [
            """{"id":"1","council":"derby","question":"Who decides if an officer comes to our group meeting?","expect":"answer","gold":["made to the Chief Executive"]}""",
            """{"id":"2","council":"derby","question":"Where do I park for council?","expect":"abstain"}""",
        ]);

        var text = await GovernanceBotProcess.RunAsync("eval", "--data", data, "--questions", set);
        var json = await GovernanceBotProcess.RunAsync("eval", "--json", "--data", data, "--questions", set);

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("route n/a", text.Output);
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(json.Output).RootElement.GetProperty("route").ValueKind);
    }

    [Fact]
    public async Task EvalOnAnEmptyFileIsAOneLineError()
    {
        var empty = Path.Combine(data, "empty.jsonl");
        File.WriteAllText(empty, "\n");

        var result = await GovernanceBotProcess.RunAsync("eval", "--data", data, "--questions", empty);

        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"error: the questions file '{empty}' has no questions.", result.Error.Trim());
    }

    static string CopyOf(string folder)
    {
        var copy = Path.Combine(Path.GetTempPath(), "gb-cli-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return copy;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(data, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
