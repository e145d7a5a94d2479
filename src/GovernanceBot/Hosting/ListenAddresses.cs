using System.Globalization;

namespace GovernanceBot.Hosting;

/// <summary>
/// Where the web host listens. ASP.NET Core already honours <c>ASPNETCORE_URLS</c> (<c>urls</c>) and
/// <c>ASPNETCORE_HTTP_PORTS</c>/<c>ASPNETCORE_HTTPS_PORTS</c>; this adds <c>PORT</c>, which App Service and most
/// container hosts set, on all interfaces, and keeps <see cref="LocalDefault"/> for a developer's machine when none of
/// them is set. Nothing is pinned in appsettings.json, since a <c>Urls</c> there would override the host's choice.
/// </summary>
public static class ListenAddresses
{
    public const string LocalDefault = "http://localhost:3978";

    static readonly string[] HostKeys = ["urls", "http_ports", "https_ports", "Kestrel:Endpoints"];

    public static WebApplicationBuilder UseConventionalListenAddresses(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        if (HostKeys.Any(key => configuration.GetSection(key).Exists()))
        {
            CheckUrls(configuration["urls"]);
            return builder;
        }

        var port = configuration["PORT"];
        builder.WebHost.UseUrls(string.IsNullOrWhiteSpace(port) ? LocalDefault : $"http://+:{Port(port)}");
        return builder;
    }

    static int Port(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and <= 65535
            ? port
            : throw new InvalidConfigurationException($"PORT '{text}' is not a port number (1-65535).");

    // Kestrel would otherwise fail inside the host's start with a stack trace; a bad address is a configuration mistake.
    static void CheckUrls(string? urls)
    {
        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            try
            {
                _ = BindingAddress.Parse(url);
            }
            catch (FormatException)
            {
                throw new InvalidConfigurationException($"ASPNETCORE_URLS '{url}' is not an address to listen on (e.g. http://+:8080).");
            }
        }
    }
}
