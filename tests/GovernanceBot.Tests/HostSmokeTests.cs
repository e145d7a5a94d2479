using Microsoft.AspNetCore.Mvc.Testing;

namespace GovernanceBot.Tests;

public sealed class HostSmokeTests
{
    [Fact]
    public async Task HealthEndpointAnswersOk()
    {
        await using var factory = new WebApplicationFactory<Program>();
        var client = factory.CreateClient();

        var response = await client.GetStringAsync("/healthz");

        Assert.Equal("ok", response);
    }
}
