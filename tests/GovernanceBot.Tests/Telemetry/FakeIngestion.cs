using System.IO.Compression;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.Telemetry;

/// <summary>
/// A loopback listener standing in for Application Insights' ingestion endpoint: keeps every telemetry payload the
/// exporter posts (unzipped) and accepts it all, so the app exports as it would to Azure without leaving the machine.
/// </summary>
public sealed class FakeIngestion : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<string> payloads = [];

    private FakeIngestion(WebApplication app) => this.app = app;

    public string ConnectionString { get; private set; } = "";

    public string Received
    {
        get { lock (payloads) { return string.Join('\n', payloads); } }
    }

    public static async Task<FakeIngestion> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var ingestion = new FakeIngestion(builder.Build());
        ingestion.app.Run(ingestion.HandleAsync);
        await ingestion.app.StartAsync();
        var address = ingestion.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        ingestion.ConnectionString = $"InstrumentationKey=00000000-0000-4000-8000-000000000001;IngestionEndpoint={address}/;LiveEndpoint={address}/";
        return ingestion;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var body = context.Request.Headers.ContentEncoding.ToString().Contains("gzip", StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(context.Request.Body, CompressionMode.Decompress)
            : context.Request.Body;
        using var reader = new StreamReader(body);
        var payload = await reader.ReadToEndAsync();
        lock (payloads)
        {
            payloads.Add(payload);
        }

        var items = payload.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync($$"""{"itemsReceived":{{items}},"itemsAccepted":{{items}},"errors":[]}""");
    }
}
