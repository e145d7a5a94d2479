using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace GovernanceBot.Tests.Support;

/// <summary>
/// Azurite, the Azure Storage emulator (npm <c>azurite</c>, pinned in tools/package.json), started once per test run
/// on free loopback ports with in-memory storage, and killed when the test process exits. Tests keep apart by giving
/// each store its own table and container prefix, so one emulator serves the whole run.
/// </summary>
public static class Azurite
{
    // A guard against a hung start, not a timing assertion.
    private static readonly TimeSpan StartGuard = TimeSpan.FromMinutes(2);

    // Azurite's well-known development account (public in its documentation; it unlocks nothing but the emulator).
    private const string Account = "devstoreaccount1";
    private const string Key = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<Task<string>> Started = new(StartAsync);
    private static Process? process;

    /// <summary>The connection string to the running emulator (its blob and table endpoints), starting it on first use.</summary>
    public static Task<string> ConnectionStringAsync() => Started.Value;

    /// <summary>A prefix for table and container names no other test uses.</summary>
    public static string FreshPrefix() => "t" + Guid.NewGuid().ToString("N")[..12];

    private static async Task<string> StartAsync()
    {
        await NpmTools.EnsureInstalledAsync();
        var (blob, queue, table) = (AppProcess.FreePort(), AppProcess.FreePort(), AppProcess.FreePort());
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = NpmTools.Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine("node_modules", "azurite", "dist", "src", "azurite.js"),
            // In memory, so nothing is left on disk; --location cannot be combined with it.
            "--inMemoryPersistence", "--skipApiVersionCheck", "--disableProductStyleUrl", "--silent",
            "--blobHost", "127.0.0.1", "--blobPort", $"{blob}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{queue}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{table}",
        })
        {
            start.ArgumentList.Add(argument);
        }

        var output = new StringBuilder();
        process = Process.Start(start) ?? throw new InvalidOperationException("Could not start Azurite.");
        process.OutputDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.ErrorDataReceived += (_, line) => { lock (output) { output.AppendLine(line.Data); } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();

        using var guard = new CancellationTokenSource(StartGuard);
        foreach (var port in new[] { blob, table })
        {
            while (!await ListensAsync(port))
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with {process.ExitCode}:\n{output}");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(100), guard.Token);
            }
        }

        return $"DefaultEndpointsProtocol=http;AccountName={Account};AccountKey={Key};"
            + $"BlobEndpoint=http://127.0.0.1:{blob}/{Account};TableEndpoint=http://127.0.0.1:{table}/{Account};";
    }

    private static async Task<bool> ListensAsync(int port)
    {
        using var client = new TcpClient();
        try
        {
            await client.ConnectAsync("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static void Stop()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }
}
