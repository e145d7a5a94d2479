using GovernanceBot.Hosting;
using GovernanceBot.Tests.Storage;
using GovernanceBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace GovernanceBot.Tests.Hosting;

public sealed class ListenAddressTests : IDisposable
{
    // Linux routes all of 127.0.0.0/8 to the loopback interface, but a listener bound to localhost (127.0.0.1 and ::1)
    // does not accept connections to 127.0.0.2: answering there shows the app listens on every interface, as App
    // Service's front end needs, without sending anything off this machine.
    const string AnotherLocalAddress = "127.0.0.2";

    readonly TempDataFolder data = new();

    public void Dispose() => data.Dispose();

    [Fact]
    public void WithNoAddressSettingTheBotListensOnLocalhost3978()
    {
        Assert.Equal("http://localhost:3978", Urls());
    }

    [Fact]
    public void PortAloneMeansThatPortOnEveryInterface()
    {
        Assert.Equal("http://+:8080", Urls(("PORT", "8080")));
    }

    [Theory]
    [InlineData("urls", "http://127.0.0.1:5005")]
    [InlineData("http_ports", "8081")]
    public void AnAspNetCoreAddressSettingIsLeftToAspNetCoreEvenWithPort(string key, string value)
    {
        Assert.Equal(key == "urls" ? value : null, Urls((key, value), ("PORT", "8080")));
    }

    [Fact]
    public async Task PortSetByTheHostIsAnsweredOnEveryInterface()
    {
        var port = AppProcess.FreePort();
        await using var app = AppProcess.Start(AppSettings.With(data, ("PORT", $"{port}")));

        Assert.Equal("ok", await app.WaitUntilHealthyAsync(new Uri($"http://{AnotherLocalAddress}:{port}")));
    }

    [Fact]
    public async Task AspNetCoreHttpPortsIsAnsweredOnEveryInterface()
    {
        var port = AppProcess.FreePort();
        await using var app = AppProcess.Start(AppSettings.With(data, ("ASPNETCORE_HTTP_PORTS", $"{port}")));

        Assert.Equal("ok", await app.WaitUntilHealthyAsync(new Uri($"http://{AnotherLocalAddress}:{port}")));
    }

    [Fact]
    public async Task AspNetCoreUrlsIsHonouredOverPort()
    {
        var (urlsPort, portPort) = (AppProcess.FreePort(), AppProcess.FreePort());
        await using var app = AppProcess.Start(AppSettings.With(data, ("ASPNETCORE_URLS", $"http://127.0.0.1:{urlsPort}"), ("PORT", $"{portPort}")));

        Assert.Equal("ok", await app.WaitUntilHealthyAsync(new Uri($"http://127.0.0.1:{urlsPort}")));
        using var client = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://127.0.0.1:{portPort}/healthz"));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"http://{AnotherLocalAddress}:{urlsPort}/healthz"));
    }

    static string? Urls(params (string Key, string Value)[] settings)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.UseConventionalListenAddresses();
        return builder.WebHost.GetSetting(WebHostDefaults.ServerUrlsKey);
    }
}
