using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.People;

namespace GovernanceBot.Routing;

/// <summary>
/// Checks the routing rules when the host starts, so a rule citing a clause that does not exist stops the app
/// with an error naming it rather than misrouting a request later.
/// </summary>
sealed partial class RoutingRulesCheck(RoutingRules rules, ICouncilDirectory directory, IServiceProvider services, ILogger<RoutingRulesCheck> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var clauses = services.GetService<IClauseLookup>();
        if (clauses is null)
        {
            LogNoClauseLookup(logger);
        }

        rules.Validate(clauses, directory);
        LogChecked(logger, rules.All.Count);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "No clause lookup is registered: routing rule citations were not checked against the documents")]
    static partial void LogNoClauseLookup(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked {RuleCount} routing rules against the documents and the directory")]
    static partial void LogChecked(ILogger logger, int ruleCount);
}
