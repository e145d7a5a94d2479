namespace GovernanceBot.Councils;

public static class CouncilsExtensions
{
    /// <summary>Which council each tenant belongs to (<c>Councils</c>), and the resolver questions and requests both ask.</summary>
    public static IServiceCollection AddCouncils(this IServiceCollection services)
    {
        services.AddOptions<CouncilOptions>().BindConfiguration(CouncilOptions.Section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Default), $"{CouncilOptions.Section}:Default must name a council.")
            .ValidateOnStart();
        services.AddSingleton<CouncilResolver>();
        return services;
    }
}
