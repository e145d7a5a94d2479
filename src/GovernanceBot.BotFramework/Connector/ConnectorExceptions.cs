using System.Net;

namespace GovernanceBot.BotFramework;

/// <summary>The connector answered with an error status. <see cref="CorrelationVector"/> is its <c>MS-CV</c> header, for support.</summary>
public class ConnectorException(HttpStatusCode statusCode, string? errorCode, string? correlationVector)
    : Exception($"The Bot Connector answered {(int)statusCode} ({errorCode ?? "no error code"}).")
{
    public HttpStatusCode StatusCode { get; } = statusCode;

    public string? ErrorCode { get; } = errorCode;

    public string? CorrelationVector { get; } = correlationVector;
}

/// <summary>
/// 403 <c>MessageWritesBlocked</c>: the user blocked or removed the bot. Do not retry; mark the stored reference dead.
/// </summary>
public sealed class ConversationBlockedException(string? correlationVector)
    : ConnectorException(HttpStatusCode.Forbidden, ConnectorErrorCodes.MessageWritesBlocked, correlationVector);

/// <summary>The service URL did not come from an authenticated turn or configuration; nothing was sent to it.</summary>
public sealed class UntrustedServiceUrlException(string origin)
    : InvalidOperationException($"Refusing to call the untrusted service URL origin '{origin}'.")
{
    public string Origin { get; } = origin;
}

public static class ConnectorErrorCodes
{
    public const string MessageWritesBlocked = "MessageWritesBlocked";
    public const string MessageSizeTooBig = "MessageSizeTooBig";
}
