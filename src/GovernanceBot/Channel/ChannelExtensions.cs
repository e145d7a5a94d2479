using GovernanceBot.BotFramework;
using GovernanceBot.Notifications.Delivery;
using GovernanceBot.Notifications;
using GovernanceBot.People;
using GovernanceBot.Storage;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Channel;

public static class ChannelExtensions
{
    /// <summary>
    /// The Teams bot: its turn handler, route contacts from the council directory, and notification delivery to Teams
    /// (with the mail fallback and, in local mode, the local inbox). Needs <c>AddCouncils()</c> and <c>AddRequests()</c>,
    /// whose slice it routes turns to.
    /// </summary>
    public static IServiceCollection AddTeamsChannel(this IServiceCollection services)
    {
        services.AddOptions<ChannelOptions>().BindConfiguration(ChannelOptions.Section).ValidateDataAnnotations().ValidateOnStart();
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
