using System.Security.Claims;

namespace GovernanceBot.BotFramework;

public enum TurnAuthenticationKind
{
    /// <summary>A token issued by the Bot Framework channel service (today's Teams path).</summary>
    ChannelToken,

    /// <summary>A token issued by Entra ID (Bot Service Entra tokens, Emulator, Playground with credentials, agents).</summary>
    EntraToken,

    /// <summary>Local mode: no app id configured and the caller is on this machine.</summary>
    LocalLoopback,

    /// <summary>A turn the bot started itself from a stored conversation reference.</summary>
    Proactive,
}

/// <summary>
/// How the caller of a turn was established. Only <see cref="IsInbound"/> turns passed inbound authentication,
/// so only they should create or refresh a stored conversation reference.
/// </summary>
public sealed record TurnAuthentication(TurnAuthenticationKind Kind, ClaimsIdentity? Identity = null)
{
    public static TurnAuthentication LocalLoopback { get; } = new(TurnAuthenticationKind.LocalLoopback);

    public static TurnAuthentication Proactive { get; } = new(TurnAuthenticationKind.Proactive);

    public bool IsInbound => Kind is not TurnAuthenticationKind.Proactive;
}

/// <summary>The result of checking a request: the authentication, or why it was refused (for logs, never for the caller).</summary>
public sealed record AuthenticationOutcome(TurnAuthentication? Authentication, string? FailureReason)
{
    public bool Succeeded => Authentication is not null;

    public static AuthenticationOutcome Fail(string reason) => new(null, reason);

    public static AuthenticationOutcome Success(TurnAuthentication authentication) => new(authentication, null);
}
