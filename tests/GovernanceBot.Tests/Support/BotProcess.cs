using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GovernanceBot.Tests.Support;

/// <summary>
/// The built app run as a process of its own in local mode on a free loopback port and a given data folder, as
/// <c>dotnet GovernanceBot.dll</c> runs it, so a test can kill it outright (SIGKILL) and start it again.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    // A guard against a hung start, not a timing assertion.
    static readonly TimeSpan StartGuard = TimeSpan.FromMinutes(1);

    readonly Process process;
    readonly List<string> output = [];

    BotProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public Uri Endpoint => new(BaseAddress, "api/messages");

    public string Output
    {
        get { lock (output) { return string.Join(Environment.NewLine, output); } }
    }

    /// <summary>
    /// Starts the app and returns once it answers <c>/healthz</c>. A free port can be taken by another process before the
    /// app binds it, so an app that exits during start-up is started again on another port, twice at most.
    /// </summary>
    public static async Task<BotProcess> StartAsync(string dataPath, HttpClient http)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(dataPath, http);
            }
            catch (AppExitedException) when (attempt < 3)
            {
                // Try another port.
            }
        }
    }

    static async Task<BotProcess> StartOnceAsync(string dataPath, HttpClient http)
    {
        var folder = AppContext.BaseDirectory;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "exec", "--runtimeconfig", Path.Combine(folder, "GovernanceBot.Tests.runtimeconfig.json"),
            "--depsfile", Path.Combine(folder, "GovernanceBot.Tests.deps.json"), Path.Combine(folder, "GovernanceBot.dll"),
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__DataPath"] = dataPath;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Notifications__PollSeconds"] = "60";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var key in new[] { "Bot__MicrosoftAppId", "Bot__MicrosoftAppType", "MicrosoftAppId" })
        {
            start.Environment.Remove(key);
        }

        var bot = new BotProcess(Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet."), new Uri($"http://127.0.0.1:{port}/"));
        using var guard = new CancellationTokenSource(StartGuard);
        while (true)
        {
            if (bot.process.HasExited)
            {
                throw new AppExitedException($"The app exited during start-up:{Environment.NewLine}{bot.Output}");
            }

            try
            {
                using var health = await http.GetAsync(new Uri(bot.BaseAddress, "healthz"), guard.Token);
                if (health.IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (Exception e) when (e is HttpRequestException or IOException || (e is TaskCanceledException && !guard.IsCancellationRequested))
            {
                // Not listening yet.
            }

            await Task.Delay(25, guard.Token);
        }
    }

    /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    public ValueTask DisposeAsync()
    {
        Kill();
        process.Dispose();
        return ValueTask.CompletedTask;
    }

    void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.Add(line);
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The app stopped before it answered: its output says why.</summary>
public sealed class AppExitedException(string message) : Exception(message);
