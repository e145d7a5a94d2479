using System.Text.Json.Nodes;

namespace GovernanceBot.Tests.Support.Playground;

/// <summary>
/// JSON objects arriving from a peer (stream frames, activities a bot received), kept until a
/// wait takes them, so one that arrives before the test starts waiting is not lost.
/// </summary>
public sealed class JsonArrivals(string source)
{
    private readonly List<JsonObject> received = [];
    private readonly Lock gate = new();
    private TaskCompletionSource arrived = NewSignal();
    private Exception? failure;

    public void Add(JsonObject item)
    {
        lock (gate)
        {
            received.Add(item);
            Signal();
        }
    }

    /// <summary>No more will arrive; waits that find nothing fail with this reason.</summary>
    public void Fail(Exception reason)
    {
        lock (gate)
        {
            failure = reason;
            Signal();
        }
    }

    /// <summary>Drops everything received so far, for a test that must ignore earlier traffic.</summary>
    public void DiscardReceived()
    {
        lock (gate)
        {
            received.Clear();
        }
    }

    /// <summary>Everything received and not taken by a wait so far, oldest first, for asserting what did not arrive.</summary>
    public IReadOnlyList<JsonObject> Unclaimed()
    {
        lock (gate)
        {
            return [.. received];
        }
    }

    /// <summary>Takes the first item, received earlier or later, that matches; fails after the timeout.</summary>
    public async Task<JsonObject> WaitForAsync(Func<JsonObject, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        guard.CancelAfter(timeout);
        while (true)
        {
            Task signal;
            lock (gate)
            {
                var index = received.FindIndex(item => predicate(item));
                if (index >= 0)
                {
                    var item = received[index];
                    received.RemoveAt(index);
                    return item;
                }

                if (failure is not null)
                {
                    throw new InvalidOperationException($"{source} stopped: {failure.Message}", failure);
                }

                signal = arrived.Task;
            }

            try
            {
                await signal.WaitAsync(guard.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw new TimeoutException(
                    $"Nothing matching from {source} within {timeout.TotalSeconds:0.#} s. Received and not taken:\n{Describe()}");
            }
        }
    }

    // Called under the gate: wakes every waiter, which then rescans.
    private void Signal()
    {
        arrived.TrySetResult();
        arrived = NewSignal();
    }

    private string Describe()
    {
        lock (gate)
        {
            return received.Count == 0
                ? "(nothing)"
                : string.Join('\n', received.TakeLast(20).Select(item => Truncate(item.ToJsonString())));
        }
    }

    private static string Truncate(string text) => text.Length <= 400 ? text : text[..400] + "…";

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
