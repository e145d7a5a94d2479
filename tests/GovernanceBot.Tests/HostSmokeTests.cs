using GovernanceBot.Tests.Storage;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GovernanceBot.Tests;

public sealed class HostSmokeTests
{
    [Fact]
    public async Task HealthEndpointAnswersOk()
    {
        using var data = new TempDataFolder();
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("Storage:DataPath", data.Path));
        var client = factory.CreateClient();

        var response = await client.GetStringAsync("/healthz");

        Assert.Equal("ok", response);
    }
}
