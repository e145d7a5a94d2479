using GovernanceBot.BotFramework;

namespace GovernanceBot.Tests.BotFramework.Hosting;

public sealed class TypingIndicatorTests
{
    [Fact]
    public async Task WithoutADelayTypingIsShownBeforeTheWorkStarts()
    {
        var turn = new TypingTurn();

        await using (await TypingIndicator.StartAsync(turn, TimeSpan.Zero, CancellationToken.None))
        {
            Assert.Equal(1, turn.Typings);
        }
    }

    [Fact]
    public async Task WorkDoneWithinTheDelayShowsNoTyping()
    {
        var turn = new TypingTurn();

        await using (await TypingIndicator.StartAsync(turn, TimeSpan.FromHours(1), CancellationToken.None))
        {
        }

        Assert.Equal(0, turn.Typings);
    }

    [Fact]
    public async Task LongerWorkShowsTypingAndNothingIsSentOnceItIsDone()
    {
        var turn = new TypingTurn();

        await using (await TypingIndicator.StartAsync(turn, TimeSpan.FromMilliseconds(1), CancellationToken.None))
        {
            await turn.FirstTyping.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }

        var shown = turn.Typings;
        await Task.Delay(TimeSpan.FromMilliseconds(50));
        Assert.True(shown >= 1);
        Assert.Equal(shown, turn.Typings);
    }

    [Fact]
    public async Task AConnectorThatRefusesTypingDoesNotFailTheWork()
    {
        var turn = new TypingTurn { Refuse = true };

        await using (await TypingIndicator.StartAsync(turn, TimeSpan.FromMilliseconds(1), CancellationToken.None))
        {
            await turn.FirstTyping.Task.WaitAsync(TimeSpan.FromSeconds(30));
        }
    }

    /// <summary>A turn that only counts the typing indicators sent through it.</summary>
    sealed class TypingTurn : ITurnContext
    {
        int typings;

        public bool Refuse { get; init; }

        public int Typings => Volatile.Read(ref typings);

        public TaskCompletionSource FirstTyping { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Activity Activity { get; } = new() { Type = ActivityTypes.Message };

        public TurnAuthentication Authentication => throw new NotSupportedException();

        public bool Responded => false;

        public InvokeResponse? InvokeResponse { get; set; }

        public ConnectorClient Connector => throw new NotSupportedException();

        public Task SendTypingAsync(CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref typings);
            FirstTyping.TrySetResult();
            return Refuse ? Task.FromException(new HttpRequestException("connector down")) : Task.CompletedTask;
        }

        public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ResourceResponse> SendActivityAsync(string text, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task DeleteActivityAsync(string activityId, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
