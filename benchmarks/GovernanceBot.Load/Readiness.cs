namespace GovernanceBot.Load;

static class Readiness
{
    /// <summary>Waits until the bot's /healthz answers; fails with the bot's output when it exits or takes too long.</summary>
    public static async Task WaitAsync(HttpClient http, BotProcess bot, TimeSpan limit)
    {
        using var guard = new CancellationTokenSource(limit);
        while (true)
        {
            if (bot.HasExited)
            {
                throw new InvalidOperationException($"The bot exited during start-up:{Environment.NewLine}{bot.Tail()}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(bot.BaseAddress, "healthz"), guard.Token);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (OperationCanceledException) when (guard.IsCancellationRequested)
            {
                throw new TimeoutException($"The bot did not answer /healthz within {limit.TotalSeconds:0} s:{Environment.NewLine}{bot.Tail()}");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), CancellationToken.None);
        }
    }
}
