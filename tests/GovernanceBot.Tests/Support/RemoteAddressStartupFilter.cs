using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace GovernanceBot.Tests.Support;

/// <summary>
/// Sets the caller's address on in-process (TestServer) requests, which otherwise carry none; the bot's local mode
/// refuses a caller it cannot see is local. For app tests in local mode:
/// <c>services.AddSingleton&lt;IStartupFilter&gt;(RemoteAddressStartupFilter.Loopback)</c>.
/// </summary>
public sealed class RemoteAddressStartupFilter(IPAddress? address) : IStartupFilter
{
    public static RemoteAddressStartupFilter Loopback => new(IPAddress.Loopback);

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = address;
            return nextMiddleware(context);
        });
        next(app);
    };
}
