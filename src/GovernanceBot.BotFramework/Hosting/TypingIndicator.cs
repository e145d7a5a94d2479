namespace GovernanceBot.BotFramework;

/// <summary>
/// Shows "typing…" while a turn works, after the SDK's <c>ShowTypingMiddleware</c>: nothing for work that is done
/// within the delay (an indicator flashing just before the answer tells the user nothing and costs a connector call),
/// then one every two seconds until the work is done. Disposing it stops the indicator and waits for one being sent,
/// so an indicator never arrives after the reply. A failed indicator is not the turn's failure: it just stops.
/// </summary>
public sealed class TypingIndicator : IAsyncDisposable
{
    static readonly TimeSpan Period = TimeSpan.FromSeconds(2);

    readonly CancellationTokenSource stop;
    readonly Task showing;

    TypingIndicator(ITurnContext turn, TimeSpan firstAfter, CancellationToken cancellationToken)
    {
        stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        showing = ShowAsync(turn, firstAfter, stop.Token);
    }

    /// <summary>Starts the indicator; with no delay the first one is sent before this returns.</summary>
    public static async Task<TypingIndicator> StartAsync(ITurnContext turn, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (delay <= TimeSpan.Zero)
        {
            await turn.SendTypingAsync(cancellationToken);
            return new TypingIndicator(turn, Period, cancellationToken);
        }

        return new TypingIndicator(turn, delay, cancellationToken);
    }

    static async Task ShowAsync(ITurnContext turn, TimeSpan firstAfter, CancellationToken stopped)
    {
        try
        {
            await Task.Delay(firstAfter, stopped);
            while (true)
            {
                await turn.SendTypingAsync(stopped);
                await Task.Delay(Period, stopped);
            }
        }
        catch (Exception) when (stopped.IsCancellationRequested)
        {
            // The work is done (or the turn was cancelled).
        }
        catch (Exception)
        {
            // A connector that refuses the indicator refuses the reply too, and the turn's error handling deals with
            // that; the indicator only stops.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await showing;
        stop.Dispose();
    }
}
