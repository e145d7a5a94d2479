namespace GovernanceBot.BotFramework;

/// <summary>The connector's answer to a send: the id of the activity it created.</summary>
public sealed record ResourceResponse(string? Id);
