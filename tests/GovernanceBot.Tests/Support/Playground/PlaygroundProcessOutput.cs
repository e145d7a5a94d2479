using System.Diagnostics;

namespace GovernanceBot.Tests.Support.Playground;

/// <summary>
/// What the Playground's node process prints, kept for failure messages, and the port it
/// reports with "Listening on &lt;port&gt;" (it moves to a random port when the asked one is taken).
/// </summary>
public sealed class PlaygroundProcessOutput : IDisposable
{
    private const string ListeningPrefix = "Listening on ";
    private const int KeptLines = 40;

    private readonly Process node;
    private readonly string logFile;
    private readonly Queue<string> lines = new();
    private readonly TaskCompletionSource<int> port = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PlaygroundProcessOutput(Process node, string logFile)
    {
        this.node = node;
        this.logFile = logFile;
        node.EnableRaisingEvents = true;
        node.OutputDataReceived += OnLine;
        node.ErrorDataReceived += OnLine;
        node.Exited += OnExited;
        node.BeginOutputReadLine();
        node.BeginErrorReadLine();
        if (node.HasExited)
        {
            OnExited(node, EventArgs.Empty);
        }
    }

    public Task<int> ListeningPortAsync(CancellationToken cancellationToken) => port.Task.WaitAsync(cancellationToken);

    /// <summary>The last lines of the process output and of the Playground's log file.</summary>
    public string Tail()
    {
        string printed;
        lock (lines)
        {
            printed = string.Join('\n', lines);
        }

        var log = File.Exists(logFile)
            ? string.Join('\n', ReadShared(logFile).TakeLast(KeptLines))
            : "(no log file)";
        return $"--- node output ---\n{printed}\n--- {logFile} (tail) ---\n{log}";
    }

    public void Dispose()
    {
        node.OutputDataReceived -= OnLine;
        node.ErrorDataReceived -= OnLine;
        node.Exited -= OnExited;
    }

    private void OnLine(object sender, DataReceivedEventArgs e)
    {
        if (e.Data is not { } line)
        {
            return;
        }

        lock (lines)
        {
            lines.Enqueue(line);
            if (lines.Count > KeptLines)
            {
                lines.Dequeue();
            }
        }

        if (line.StartsWith(ListeningPrefix, StringComparison.Ordinal) && int.TryParse(line[ListeningPrefix.Length..], out var number))
        {
            port.TrySetResult(number);
        }
    }

    private void OnExited(object? sender, EventArgs e) =>
        port.TrySetException(new InvalidOperationException($"node exited with code {node.ExitCode} before listening."));

    private static IEnumerable<string> ReadShared(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        var all = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            all.Add(line.Length <= 400 ? line : line[..400] + "…");
        }

        return all;
    }
}
