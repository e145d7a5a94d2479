using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace GovernanceBot.Tests.Support;

/// <summary>
/// The built app started as its own process, as a host would start it, with exactly the environment a test gives it:
/// nothing that configures the app is inherited from the test run, only what the dotnet host itself needs to run.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    // A guard against a hung start, not a timing assertion: the test fails with the app's output instead of hanging.
    private static readonly TimeSpan StartGuard = TimeSpan.FromMinutes(2);

    // What a process needs from its parent to find the runtime and a temp folder; no app setting is among them.
    private static readonly string[] Inherited = ["PATH", "HOME", "TMPDIR", "TMP", "TEMP", "DOTNET_ROOT", "SystemRoot", "LANG"];

    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly StringBuilder stdout = new();
    private readonly StringBuilder stderr = new();

    private AppProcess(Process process)
    {
        this.process = process;
        process.OutputDataReceived += (_, line) => Keep(line.Data, stdout);
        process.ErrorDataReceived += (_, line) => Keep(line.Data, stderr);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>Everything the app printed so far, stdout and stderr interleaved.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    public static AppProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var start = StartInfo(environment);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        return new AppProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start the app."));
    }

    /// <summary>Runs the app to its exit, for settings it must refuse: its exit code, stdout and stderr.</summary>
    public static async Task<CommandResult> RunToExitAsync(IReadOnlyDictionary<string, string> environment)
    {
        await using var app = Start(environment);
        using var guard = new CancellationTokenSource(StartGuard);
        try
        {
            await app.process.WaitForExitAsync(guard.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"The app did not exit:\n{app.Output}");
        }

        // Without a timeout, WaitForExit also waits until the redirected streams are read to their end.
        app.process.WaitForExit();
        return new CommandResult(app.process.ExitCode, app.Text(app.stdout), app.Text(app.stderr));
    }

    /// <summary>Polls <c>/healthz</c> at <paramref name="baseAddress"/> until it answers; fails with the app's output if the app exits first.</summary>
    public async Task<string> WaitUntilHealthyAsync(Uri baseAddress)
    {
        using var client = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(5) };
        using var guard = new CancellationTokenSource(StartGuard);
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {process.ExitCode} before answering /healthz:\n{Output}");
            }

            try
            {
                return await client.GetStringAsync("/healthz", guard.Token);
            }
            catch (HttpRequestException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100), guard.Token);
            }
            catch (OperationCanceledException) when (guard.IsCancellationRequested)
            {
                throw new TimeoutException($"The app did not answer /healthz at {baseAddress}:\n{Output}");
            }
        }
    }

    /// <summary>A loopback port nothing listens on at the moment of asking.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Asks the app to shut down as a host does (SIGTERM), so it finishes what it buffers, and waits for it to exit.</summary>
    public async Task<int> StopAsync()
    {
        if (!process.HasExited)
        {
            using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
            await kill.WaitForExitAsync();
        }

        using var guard = new CancellationTokenSource(StartGuard);
        await process.WaitForExitAsync(guard.Token);
        process.WaitForExit();
        return process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
        process.Dispose();
    }

    private static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string> environment)
    {
        // The test project's runtime config and dependencies include everything the app needs (see GovernanceBotProcess).
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, UseShellExecute = false };
        foreach (var argument in new[]
        {
            "exec",
            "--runtimeconfig", Path.Combine(folder, "GovernanceBot.Tests.runtimeconfig.json"),
            "--depsfile", Path.Combine(folder, "GovernanceBot.Tests.deps.json"),
            Path.Combine(folder, "GovernanceBot.dll"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment.Clear();
        foreach (var name in Inherited)
        {
            if (Environment.GetEnvironmentVariable(name) is { } value)
            {
                start.Environment[name] = value;
            }
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return start;
    }

    private void Keep(string? line, StringBuilder stream)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
                stream.AppendLine(line);
            }
        }
    }

    private string Text(StringBuilder stream)
    {
        lock (output)
        {
            return stream.ToString();
        }
    }
}
