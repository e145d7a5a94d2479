namespace GovernanceBot.BotFramework;

/// <summary>The synchronous answer to an <c>invoke</c> activity: HTTP <see cref="Status"/> with <see cref="Body"/> as JSON.</summary>
public sealed record InvokeResponse(int Status, object? Body = null);
