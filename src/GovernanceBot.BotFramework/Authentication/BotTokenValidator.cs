using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace GovernanceBot.BotFramework;

/// <summary>
/// Validates a bearer token on the channel path (issuer <c>api.botframework.com</c>: signature, lifetime, audience,
/// <c>serviceurl</c> claim, key endorsement) or the Entra path (tenant issuers: signature, lifetime, audience, caller).
/// Metadata that cannot be fetched refuses the token.
/// </summary>
internal sealed class BotTokenValidator
{
    private static readonly string[] AllowedAlgorithms =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private readonly JsonWebTokenHandler handler = new();
    private readonly BotFrameworkOptions options;
    private readonly InboundActivityOptions inbound;
    private readonly BotMetadataSources metadata;
    private readonly IReadOnlyDictionary<string, string> entraIssuers;
    private readonly string[] audiences;

    public BotTokenValidator(IOptions<BotFrameworkOptions> options, IOptions<InboundActivityOptions> inbound, BotMetadataSources metadata)
    {
        this.options = options.Value;
        this.inbound = inbound.Value;
        this.metadata = metadata;
        entraIssuers = EntraIssuers.For(this.options.MicrosoftAppTenantId);
        var appId = this.options.MicrosoftAppId;
        audiences = [appId ?? string.Empty, $"api://{appId}", $"api://botid-{appId}"];
    }

    public async Task<AuthenticationOutcome> ValidateAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(options.MicrosoftAppId) || !handler.CanReadToken(token))
        {
            return AuthenticationOutcome.Fail("unreadable token");
        }

        JsonWebToken unverified;
        try
        {
            unverified = handler.ReadJsonWebToken(token);
        }
        catch (ArgumentException)
        {
            return AuthenticationOutcome.Fail("unreadable token");
        }

        if (string.Equals(unverified.Issuer, inbound.ChannelIssuer, StringComparison.Ordinal))
        {
            return await ValidateChannelTokenAsync(token, activity, cancellationToken);
        }

        return entraIssuers.TryGetValue(unverified.Issuer ?? string.Empty, out var tenant)
            ? await ValidateEntraTokenAsync(token, unverified.Issuer!, tenant, cancellationToken)
            : AuthenticationOutcome.Fail("untrusted issuer");
    }

    private async Task<AuthenticationOutcome> ValidateChannelTokenAsync(string token, Activity activity, CancellationToken cancellationToken)
    {
        var (result, document, failure) = await ValidateSignedAsync(token, metadata.Channel, [inbound.ChannelIssuer], cancellationToken);
        if (result is null || document is null)
        {
            return AuthenticationOutcome.Fail(failure!);
        }

        var validated = (JsonWebToken)result.SecurityToken;
        if (string.IsNullOrEmpty(activity.ChannelId)
            || !OpenIdMetadata.Endorsements(document, validated.Kid).Contains(activity.ChannelId, StringComparer.Ordinal))
        {
            return AuthenticationOutcome.Fail("signing key not endorsed for the channel");
        }

        // Binds the token to the connector it came from, so a token cannot redirect the bot's replies elsewhere.
        if (!validated.TryGetPayloadValue<string>("serviceurl", out var serviceUrl)
            || !string.Equals(serviceUrl, activity.ServiceUrl, StringComparison.Ordinal))
        {
            return AuthenticationOutcome.Fail("serviceurl claim does not match the activity");
        }

        return AuthenticationOutcome.Success(new TurnAuthentication(TurnAuthenticationKind.ChannelToken, result.ClaimsIdentity));
    }

    private async Task<AuthenticationOutcome> ValidateEntraTokenAsync(string token, string issuer, string issuerTenant, CancellationToken cancellationToken)
    {
        var (result, _, failure) = await ValidateSignedAsync(token, metadata.Entra, [issuer], cancellationToken);
        if (result is null)
        {
            return AuthenticationOutcome.Fail(failure!);
        }

        var validated = (JsonWebToken)result.SecurityToken;
        var callerClaim = validated.TryGetPayloadValue<string>("ver", out var version) ? version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        } : null;
        if (callerClaim is null || !validated.TryGetPayloadValue<string>(callerClaim, out var caller) || string.IsNullOrEmpty(caller))
        {
            return AuthenticationOutcome.Fail("Entra token without a version and caller");
        }

        if (validated.TryGetPayloadValue<string>("tid", out var tenant) && !string.Equals(tenant, issuerTenant, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticationOutcome.Fail("tenant does not match the issuer");
        }

        var allowed = string.Equals(caller, options.MicrosoftAppId, StringComparison.OrdinalIgnoreCase)
            || inbound.AllowedCallers.Any(c => c == "*" || string.Equals(c, caller, StringComparison.OrdinalIgnoreCase));
        return allowed
            ? AuthenticationOutcome.Success(new TurnAuthentication(TurnAuthenticationKind.EntraToken, result.ClaimsIdentity))
            : AuthenticationOutcome.Fail("caller is not allowed");
    }

    private async Task<(TokenValidationResult? Result, OpenIdConnectConfiguration? Document, string? Failure)> ValidateSignedAsync(
        string token, OpenIdMetadata source, string[] issuers, CancellationToken cancellationToken)
    {
        var document = await TryGetAsync(source.GetAsync, cancellationToken);
        if (document is null)
        {
            return (null, null, "signing metadata unavailable");
        }

        var result = await handler.ValidateTokenAsync(token, Parameters(document, issuers));
        if (result.Exception is SecurityTokenSignatureKeyNotFoundException)
        {
            // Keys roll over: look again once before refusing an unknown key id.
            document = await TryGetAsync(source.GetFreshAsync, cancellationToken);
            if (document is null)
            {
                return (null, null, "signing metadata unavailable");
            }

            result = await handler.ValidateTokenAsync(token, Parameters(document, issuers));
        }

        return result.IsValid
            ? (result, document, null)
            : (null, null, $"token rejected ({result.Exception?.GetType().Name ?? "invalid"})");
    }

    private static async Task<OpenIdConnectConfiguration?> TryGetAsync(
        Func<CancellationToken, Task<OpenIdConnectConfiguration>> fetch, CancellationToken cancellationToken)
    {
        try
        {
            return await fetch(cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Fail closed: without keys nothing can be verified.
            return null;
        }
    }

    private TokenValidationParameters Parameters(OpenIdConnectConfiguration document, string[] issuers) => new()
    {
        ValidIssuers = issuers,
        ValidAudiences = audiences,
        IssuerSigningKeys = document.SigningKeys,
        ValidAlgorithms = AllowedAlgorithms,
        ClockSkew = TimeSpan.FromMinutes(5),
        RequireExpirationTime = true,
        RequireSignedTokens = true,
        ValidateIssuer = true,
        ValidateAudience = true,
        ValidateLifetime = true,
        TryAllIssuerSigningKeys = false,
    };
}
