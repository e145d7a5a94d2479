using GovernanceBot.Tests.Support;

namespace GovernanceBot.Tests.Playground;

/// <summary>
/// The bot and a Playground whose current user is the Chief Executive (chief-executive.m365agentsplayground.yml): the
/// Playground gives the ids of bot messages only in its current user's chats, and the decision card's buttons need
/// one. The outbox is polled often so a notification follows its decision promptly.
/// </summary>
public sealed class ChiefExecutivesPlayground() : TeamsBotAndPlayground(ConfigFile, Settings)
{
    private static string ConfigFile => RepositoryRoot.Combine("tests", "GovernanceBot.Tests", "Playground", "chief-executive.m365agentsplayground.yml");

    private static Dictionary<string, string> Settings => new() { ["Notifications:PollSeconds"] = "0.2" };
}
