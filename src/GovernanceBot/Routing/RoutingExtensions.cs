using GovernanceBot.Knowledge.Councils;
using GovernanceBot.People;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Routing;

public static class RoutingExtensions
{
    /// <summary>
    /// Each council's <c>routing.json</c>, checked at startup against the clause index (<see cref="Knowledge.Clauses.IClauseLookup"/>)
    /// and the directory by a hosted service. Needs <see cref="PeopleExtensions.AddCouncilDirectory"/>.
    /// </summary>
    public static IServiceCollection AddRoutingRules(this IServiceCollection services)
    {
        services.AddCouncilDirectory();
        services.TryAddSingleton(sp => RoutingRules.Load(sp.GetRequiredService<CouncilCatalog>()));
        services.TryAddSingleton<RouteResolver>();
        services.AddHostedService<RoutingRulesCheck>();
        return services;
    }
}
