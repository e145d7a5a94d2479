using GovernanceBot.Tests.Support.Playground;

namespace GovernanceBot.Tests.Playground;

/// <summary>One echo bot and one Agents Playground pointed at it, shared by a test class.</summary>
public sealed class EchoBotAndPlayground : IAsyncLifetime
{
    private EchoBot? bot;
    private AgentsPlayground? playground;

    public EchoBot Bot => bot ?? throw new InvalidOperationException("Not started.");

    public AgentsPlayground Playground => playground ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        bot = await EchoBot.StartAsync();
        playground = await AgentsPlayground.StartAsync(bot.Endpoint);
    }

    public async Task DisposeAsync()
    {
        if (playground is not null)
        {
            await playground.DisposeAsync();
        }

        if (bot is not null)
        {
            await bot.DisposeAsync();
        }
    }
}
