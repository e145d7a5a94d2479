using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace GovernanceBot.Tests.Support.Playground;

/// <summary>Starting and stopping the Playground's node process.</summary>
public static class PlaygroundLaunch
{
    public static ProcessStartInfo StartInfo(string cli, Uri botEndpoint, string configFile, string workFolder)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = workFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            cli, "start", "-e", botEndpoint.ToString(), "-c", "msteams", "-p", FreePort().ToString(), "--disable-telemetry",
        })
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["TEAMSAPPTESTER_BROWSER"] = "none";
        start.Environment["APPLICATION_INSIGHTS_NO_STATSBEAT"] = "true";
        start.Environment["M365_AGENTS_PLAYGROUND_LOGFILE"] = Path.Combine(workFolder, "playground.log");
        start.Environment["M365_AGENTS_PLAYGROUND_CONFIG_PATH"] = configFile;

        // Settings a developer may have exported would change what the tests see: real Entra
        // credentials, a different endpoint, port, connector URL or target SDK.
        foreach (var inherited in new[]
        {
            "BOT_ENDPOINT", "TEAMSAPPTESTER_PORT", "M365_AGENTS_PLAYGROUND_SERVICE_URL", "M365_AGENTS_PLAYGROUND_TARGET_SDK",
            "AUTH_CLIENT_ID", "AUTH_CLIENT_SECRET", "AUTH_TENANT_ID",
        })
        {
            start.Environment.Remove(inherited);
        }

        return start;
    }

    // The Playground falls back to a random port when this one is taken meanwhile; the port it
    // really listens on is read from its output.
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task WaitForPongAsync(int port, Process node, CancellationToken cancellationToken)
    {
        using var probe = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (true)
        {
            if (node.HasExited)
            {
                throw new InvalidOperationException($"node exited with code {node.ExitCode}.");
            }

            try
            {
                if (await probe.GetStringAsync($"http://127.0.0.1:{port}/_debug/ping", cancellationToken) == "pong")
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
        }
    }

    public static async Task StopAsync(Process node)
    {
        if (!node.HasExited)
        {
            node.Kill(entireProcessTree: true);
        }

        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await node.WaitForExitAsync(guard.Token);
    }
}
