using GovernanceBot.BotFramework;
using GovernanceBot.Dialogs;

namespace GovernanceBot.Channel;

public static class ChannelExtensions
{
    /// <summary>
    /// The Teams bot: its turn handler, council resolution from <c>Councils</c>, the seams it answers through, and
    /// the dialogs it routes to. Needs <c>AddRequestWorkflow()</c> for the flows.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<CouncilOptions>().BindConfiguration(CouncilOptions.Section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Default), $"{CouncilOptions.Section}:Default must name a council.")
            .ValidateOnStart();
        services.AddSingleton<CouncilResolver>();
        services.AddSingleton<IRouteContacts, NoRouteContacts>();
        services.AddSingleton<AnswerMemory>();
        services.AddSingleton<ConversationReferenceRecorder>();
        services.AddSingleton<Commands>();
        services.AddSingleton<FlowOffers>();
        services.AddSingleton<QuestionTurn>();
        services.AddDialogs();
        services.AddSingleton<CardSubmissions>();
        services.AddSingleton<Welcome>();
        services.AddSingleton<IBot, TeamsBot>();
        return services;
    }

    /// <summary>Maps <c>POST /api/messages</c>, where Teams (or the Playground) delivers activities.</summary>
    public static IEndpointRouteBuilder MapBotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/messages", (HttpContext context, CloudAdapter adapter, IBot bot) =>
            adapter.ProcessAsync(context.Request, context.Response, bot, context.RequestAborted));
        return endpoints;
    }
}
