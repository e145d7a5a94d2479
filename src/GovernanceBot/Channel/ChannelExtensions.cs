using GovernanceBot.BotFramework;
using GovernanceBot.Channel.Azure;
using GovernanceBot.Dialogs;
using GovernanceBot.Notifications;
using GovernanceBot.People;
using GovernanceBot.Storage;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Channel;

public static class ChannelExtensions
{
    /// <summary>
    /// The Teams bot: its turn handler, council resolution from <c>Councils</c>, route contacts from the council
    /// directory, the dialogs it routes to, and notification delivery to Teams (with the mail fallback and, in
    /// local mode, the local inbox). Needs <c>AddRequestWorkflow()</c> for the flows.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<CouncilOptions>().BindConfiguration(CouncilOptions.Section)
            .Validate(options => !string.IsNullOrWhiteSpace(options.Default), $"{CouncilOptions.Section}:Default must name a council.")
            .ValidateOnStart();
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<CouncilResolver>();
        services.AddCouncilDirectory();
        services.AddSingleton<IRouteContacts, DirectoryRouteContacts>();
        services.AddNotificationDelivery();
        services.AddSingleton<AnswerMemory>();
        if (services.UsesAzureStorage())
        {
            services.AddSingleton(TableAnswerRecords.Layout);
            services.AddSingleton<IAnswerRecords, TableAnswerRecords>();
        }
        else
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, AnswerMemorySchema>());
            services.AddSingleton<IAnswerRecords, SqliteAnswerRecords>();
        }

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
