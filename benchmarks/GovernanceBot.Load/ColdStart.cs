using System.Diagnostics;

namespace GovernanceBot.Load;

/// <summary>
/// Time from starting the built app as a process to its first answered turn (a reply citing a clause reaching the
/// connector), on an empty data folder (the index is built at start) and on one already indexed.
/// </summary>
static class ColdStart
{
    const string Question = "Can we get the head of planning to our group meeting? Who do I ask?";
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string appPath, int runs, string logLevel)
    {
        await using var connector = await ReplyConnector.StartAsync();
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var existing = Directory.CreateTempSubdirectory("governancebot-cold-existing-").FullName;
        try
        {
            // Untimed: leaves an index and a database behind for the "existing" runs.
            await TimeFirstAnswerAsync(appPath, existing, logLevel, http, connector);

            var empty = new List<double>();
            var indexed = new List<double>();
            for (var run = 0; run < runs; run++)
            {
                var fresh = Directory.CreateTempSubdirectory("governancebot-cold-empty-").FullName;
                try
                {
                    empty.Add(await TimeFirstAnswerAsync(appPath, fresh, logLevel, http, connector));
                }
                finally
                {
                    Directory.Delete(fresh, recursive: true);
                }

                indexed.Add(await TimeFirstAnswerAsync(appPath, existing, logLevel, http, connector));
            }

            Console.WriteLine($"cold start to first answered turn over {runs} run(s), process start -> cited reply received:");
            Console.WriteLine($"  empty data folder (index built at start): {Describe(empty)}");
            Console.WriteLine($"  existing data folder:                     {Describe(indexed)}");
            return 0;
        }
        finally
        {
            Directory.Delete(existing, recursive: true);
        }
    }

    static async Task<double> TimeFirstAnswerAsync(string appPath, string dataPath, string logLevel, HttpClient http, ReplyConnector connector)
    {
        var bot = BotProcess.Start(appPath, dataPath, logLevel);
        try
        {
            var poster = new TurnPoster(http, bot.Endpoint, connector);
            while (Stopwatch.GetElapsedTime(bot.StartedTimestamp) < Limit)
            {
                if (bot.HasExited)
                {
                    throw new InvalidOperationException($"The bot exited during start-up:{Environment.NewLine}{bot.Tail()}");
                }

                var turn = await poster.PostAsync(1, Question, CancellationToken.None);
                if (turn is { Outcome: TurnOutcome.Answered, CitesAClause: true })
                {
                    return Stopwatch.GetElapsedTime(bot.StartedTimestamp, turn.RepliedAt).TotalMilliseconds;
                }

                if (turn.Outcome == TurnOutcome.Answered)
                {
                    throw new InvalidOperationException("The bot answered the test question without citing a clause.");
                }

                // Not listening yet (connection refused) or not ready: try again at once.
                await Task.Delay(TimeSpan.FromMilliseconds(5));
            }

            throw new TimeoutException($"No answered turn within {Limit.TotalSeconds:0} s:{Environment.NewLine}{bot.Tail()}");
        }
        finally
        {
            await bot.DisposeAsync();
        }
    }

    static string Describe(List<double> milliseconds) =>
        $"{string.Join(", ", milliseconds.Select(ms => $"{ms / 1000:F2} s"))} (median {milliseconds.Order().ElementAt(milliseconds.Count / 2) / 1000:F2} s)";
}
