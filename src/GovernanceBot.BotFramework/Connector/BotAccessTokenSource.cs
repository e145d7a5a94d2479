using Azure.Core;

namespace GovernanceBot.BotFramework;

/// <summary>Caches the app-only connector token and renews it five minutes before it expires.</summary>
internal sealed class BotAccessTokenSource(BotCredential credential, TimeProvider time)
{
    public const string Scope = "https://api.botframework.com/.default";

    private static readonly TimeSpan RenewBefore = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim gate = new(1, 1);
    private AccessToken? cached;

    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } token)
        {
            return token;
        }

        await gate.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } renewed)
            {
                return renewed;
            }

            var source = credential.Credential
                ?? throw new InvalidOperationException("No bot credential: the connector token is not used in local mode.");
            var fetched = await source.GetTokenAsync(new TokenRequestContext([Scope]), cancellationToken);
            cached = fetched;
            return fetched.Token;
        }
        finally
        {
            gate.Release();
        }
    }

    private string? Fresh() =>
        cached is { } token && token.ExpiresOn - RenewBefore > time.GetUtcNow() ? token.Token : null;
}
