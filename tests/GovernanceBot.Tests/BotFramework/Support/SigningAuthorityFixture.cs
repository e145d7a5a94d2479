namespace GovernanceBot.Tests.BotFramework.Support;

/// <summary>One local signing authority shared by a test class.</summary>
public sealed class SigningAuthorityFixture : IAsyncLifetime
{
    public SigningAuthority Authority { get; private set; } = null!;

    public async Task InitializeAsync() => Authority = await SigningAuthority.StartAsync();

    public async Task DisposeAsync() => await Authority.DisposeAsync();
}
