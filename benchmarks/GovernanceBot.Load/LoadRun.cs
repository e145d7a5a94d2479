using System.Collections.Concurrent;
using System.Diagnostics;

namespace GovernanceBot.Load;

/// <summary>
/// N conversations, each posting its next question as soon as the previous one is answered (a closed loop), or after
/// a think time around a given mean, for a warm-up and then a measured duration; reports turns/s, latency
/// percentiles, CPU per turn and every kind of error.
/// </summary>
static class LoadRun
{
    public static async Task<int> RunAsync(string appPath, int conversations, TimeSpan duration, TimeSpan warmUp, TimeSpan think, string logLevel)
    {
        var dataPath = Directory.CreateTempSubdirectory("governancebot-load-").FullName;
        await using var connector = await ReplyConnector.StartAsync();
        var bot = BotProcess.Start(appPath, dataPath, logLevel);
        try
        {
            using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }) { Timeout = Timeout.InfiniteTimeSpan };
            await Readiness.WaitAsync(http, bot, TimeSpan.FromSeconds(60));
            var poster = new TurnPoster(http, bot.Endpoint, connector);

            Console.WriteLine($"load: {conversations} conversations, warm-up {warmUp.TotalSeconds:0} s, measured {duration.TotalSeconds:0} s, think time {think.TotalMilliseconds:0} ms, bot log level {logLevel}, bot pid {bot.Id}");
            await DriveAsync(poster, conversations, warmUp, think);
            var unexpectedBefore = connector.Unexpected;
            var botCpuBefore = bot.CpuTime;
            var ownCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var turns = await DriveAsync(poster, conversations, duration, think);
            clock.Stop();
            var cpu = new CpuUse(bot.CpuTime - botCpuBefore, Process.GetCurrentProcess().TotalProcessorTime - ownCpuBefore);
            return Report(turns, clock.Elapsed, cpu, connector.Unexpected - unexpectedBefore, bot);
        }
        finally
        {
            await bot.DisposeAsync();
            Directory.Delete(dataPath, recursive: true);
        }
    }

    static async Task<IReadOnlyCollection<Turn>> DriveAsync(TurnPoster poster, int conversations, TimeSpan duration, TimeSpan think)
    {
        var turns = new ConcurrentBag<Turn>();
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(Enumerable.Range(1, conversations).Select(conversation => Task.Run(async () =>
        {
            var random = new Random(conversation);
            while (!stop.IsCancellationRequested)
            {
                var question = Questions.Next(random);
                // Not cancelled by the deadline: a turn in flight runs to its end and counts.
                turns.Add(await poster.PostAsync(conversation, question, CancellationToken.None));
                if (think > TimeSpan.Zero)
                {
                    // A person reads the answer before asking again; zero drives the bot flat out.
                    await Task.Delay(TimeSpan.FromMilliseconds(think.TotalMilliseconds * (0.5 + random.NextDouble())), CancellationToken.None);
                }
            }
        })));
        return turns;
    }

    static int Report(IReadOnlyCollection<Turn> turns, TimeSpan elapsed, CpuUse cpu, long unexpected, BotProcess bot)
    {
        var reply = new Latencies();
        var response = new Latencies();
        var answerReply = new Latencies();
        var helpReply = new Latencies();
        foreach (var turn in turns.Where(turn => turn.Outcome == TurnOutcome.Answered))
        {
            reply.Add(turn.ReplyMs);
            response.Add(turn.ResponseMs);
            (turn.Help ? helpReply : answerReply).Add(turn.ReplyMs);
        }

        var errors = turns.Where(turn => turn.Outcome != TurnOutcome.Answered).ToList();
        Console.WriteLine($"turns: {turns.Count} in {elapsed.TotalSeconds:F1} s = {turns.Count / elapsed.TotalSeconds:F1} turns/s "
            + $"({turns.Count(turn => turn.CitesAClause)} cited answers, {reply.Count - turns.Count(turn => turn.CitesAClause)} other replies)");
        Console.WriteLine($"request -> reply received: p50 {reply.Percentile(0.50):F1} ms, p95 {reply.Percentile(0.95):F1} ms, p99 {reply.Percentile(0.99):F1} ms, max {reply.Max:F1} ms");
        Console.WriteLine($"request -> HTTP 200:       p50 {response.Percentile(0.50):F1} ms, p95 {response.Percentile(0.95):F1} ms, p99 {response.Percentile(0.99):F1} ms");
        Console.WriteLine($"answer turns: {answerReply.Count / elapsed.TotalSeconds:F1} turns/s, reply p50 {answerReply.Percentile(0.50):F1} ms, p95 {answerReply.Percentile(0.95):F1} ms, p99 {answerReply.Percentile(0.99):F1} ms");
        Console.WriteLine($"help turns:   {helpReply.Count / elapsed.TotalSeconds:F1} turns/s, reply p50 {helpReply.Percentile(0.50):F1} ms, p95 {helpReply.Percentile(0.95):F1} ms, p99 {helpReply.Percentile(0.99):F1} ms");
        Console.WriteLine($"errors: {errors.Count} (non-200 {Count(errors, TurnOutcome.NonOk)}, missing replies {Count(errors, TurnOutcome.MissingReply)}, "
            + $"timeouts {Count(errors, TurnOutcome.Timeout)}, failed requests {Count(errors, TurnOutcome.Failed)}); unexpected extra replies {unexpected}");
        foreach (var detail in errors.Where(error => error.Detail is not null).GroupBy(error => $"{error.Outcome}: {error.Detail}").Take(5))
        {
            Console.WriteLine($"  {detail.Count()} x {detail.Key}");
        }

        Console.WriteLine($"cpu: bot {cpu.Bot.TotalMilliseconds / Math.Max(1, turns.Count):F2} ms per turn ({cpu.Bot.TotalSeconds / elapsed.TotalSeconds:F2} cores), "
            + $"load generator and connector {cpu.Generator.TotalSeconds / elapsed.TotalSeconds:F2} cores, on {Environment.ProcessorCount} cores");
        if (errors.Count > 0 && bot.HasExited)
        {
            Console.WriteLine($"the bot exited; its last output:{Environment.NewLine}{bot.Tail()}");
        }

        return errors.Count == 0 && unexpected == 0 ? 0 : 1;
    }

    static int Count(IEnumerable<Turn> turns, TurnOutcome outcome) => turns.Count(turn => turn.Outcome == outcome);

    readonly record struct CpuUse(TimeSpan Bot, TimeSpan Generator);
}
