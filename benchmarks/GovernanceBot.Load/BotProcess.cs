using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;

namespace GovernanceBot.Load;

/// <summary>
/// The built GovernanceBot app (src/GovernanceBot/bin/&lt;configuration&gt;/net10.0) run as its own process in local mode
/// on a free loopback port, with a given data folder, exactly as <c>dotnet GovernanceBot.dll</c> would run it.
/// </summary>
sealed class BotProcess : IAsyncDisposable
{
    readonly Process process;
    readonly Queue<string> tail = new();

    BotProcess(Process process, Uri baseAddress, long startedTimestamp)
    {
        this.process = process;
        BaseAddress = baseAddress;
        StartedTimestamp = startedTimestamp;
        process.OutputDataReceived += (_, line) => Keep(line.Data);
        process.ErrorDataReceived += (_, line) => Keep(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public Uri Endpoint => new(BaseAddress, "api/messages");

    /// <summary><see cref="Stopwatch.GetTimestamp"/> just before the process was started.</summary>
    public long StartedTimestamp { get; }

    public static string DefaultAppPath()
    {
        var configuration = typeof(BotProcess).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Release";
        return Path.Combine(RepositoryRoot(), "src", "GovernanceBot", "bin", configuration, "net10.0", "GovernanceBot.dll");
    }

    public static BotProcess Start(string appPath, string dataPath, string logLevel)
    {
        if (!File.Exists(appPath))
        {
            throw new FileNotFoundException($"The built app is not at {appPath}; build it or pass --app.", appPath);
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(appPath)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(appPath);
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Storage__DataPath"] = dataPath;
        start.Environment["Logging__LogLevel__Default"] = logLevel;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // Local mode: no app id, whatever the developer's shell holds.
        foreach (var key in new[] { "MicrosoftAppId", "MicrosoftAppType", "MicrosoftAppPassword", "MicrosoftAppTenantId", "PORT", "ASPNETCORE_HTTP_PORTS", "APPLICATIONINSIGHTS_CONNECTION_STRING" })
        {
            start.Environment.Remove(key);
        }

        var started = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        return new BotProcess(process, new Uri($"http://127.0.0.1:{port}/"), started);
    }

    public string Tail()
    {
        lock (tail)
        {
            return string.Join(Environment.NewLine, tail);
        }
    }

    public bool HasExited => process.HasExited;

    public int Id => process.Id;

    /// <summary>CPU time the bot has used so far (user and system, all threads).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            process.Refresh();
            return process.TotalProcessorTime;
        }
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

    void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (tail)
        {
            tail.Enqueue(line);
            while (tail.Count > 40)
            {
                tail.Dequeue();
            }
        }
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "GovernanceBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository, or pass --app.");
    }
}
