using System.Net;
using Azure.Core;
using GovernanceBot.BotFramework;
using GovernanceBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovernanceBot.Tests.BotFramework.Support;

/// <summary>A minimal web app on TestServer that maps /api/messages to the <see cref="CloudAdapter"/> and a <see cref="RecordingBot"/>.</summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private BotHost(WebApplication app, HttpClient client, LogCapture logs)
    {
        this.app = app;
        Client = client;
        Logs = logs;
    }

    public LogCapture Logs { get; }

    public HttpClient Client { get; }

    public RecordingBot Bot => app.Services.GetRequiredService<RecordingBot>();

    public IServiceProvider Services => app.Services;

    /// <summary>Local mode: no app id.</summary>
    public static Task<BotHost> StartLocalAsync(IPAddress? callerAddress) => StartAsync(new Dictionary<string, string?>(), callerAddress);

    /// <summary>A SingleTenant bot whose metadata comes from <paramref name="authority"/>.</summary>
    public static Task<BotHost> StartAuthenticatedAsync(SigningAuthority authority, string? channelMetadataUrl = null, TokenCredential? credential = null) =>
        StartAsync(Settings(channelMetadataUrl ?? authority.ChannelMetadataUrl, authority.EntraMetadataUrl), IPAddress.Parse("203.0.113.7"), credential);

    public static Dictionary<string, string?> Settings(string channelMetadataUrl, string entraMetadataUrl) => new()
    {
        ["MicrosoftAppType"] = "SingleTenant",
        ["MicrosoftAppId"] = SigningAuthority.AppId,
        ["MicrosoftAppPassword"] = "not-used-by-these-tests",
        ["MicrosoftAppTenantId"] = SigningAuthority.TenantId,
        ["Bot:ChannelMetadataUrl"] = channelMetadataUrl,
        ["Bot:EntraMetadataUrl"] = entraMetadataUrl,
    };

    public static async Task<BotHost> StartAsync(Dictionary<string, string?> settings, IPAddress? callerAddress, TokenCredential? credential = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var logs = new LogCapture();
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(settings);
        if (credential is not null)
        {
            builder.Services.AddSingleton(new BotCredential(credential));
        }

        builder.Services.AddBotFramework(builder.Configuration);
        builder.Services.AddSingleton<RecordingBot>();
        builder.Services.AddSingleton<IBot>(provider => provider.GetRequiredService<RecordingBot>());
        builder.Services.AddSingleton<IStartupFilter>(new RemoteAddressStartupFilter(callerAddress));

        var app = builder.Build();
        app.MapPost("/api/messages", (HttpContext context, CloudAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
        await app.StartAsync();
        return new BotHost(app, app.GetTestClient(), logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
