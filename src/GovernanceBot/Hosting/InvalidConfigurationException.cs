namespace GovernanceBot.Hosting;

/// <summary>A setting the app cannot start with; the message names the key and what is wrong with it.</summary>
public sealed class InvalidConfigurationException(string message) : Exception(message);
