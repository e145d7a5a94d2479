using GovernanceBot.Audit;
using GovernanceBot.Notifications;
using GovernanceBot.Requests.Actions;
using GovernanceBot.Requests.Briefings;
using GovernanceBot.Requests.Cards;
using GovernanceBot.Requests.ContactReports;
using GovernanceBot.Requests.Conversation;
using GovernanceBot.Requests.Forms;
using GovernanceBot.Requests.Lists;
using GovernanceBot.Requests.OfficerAttendance;
using GovernanceBot.Requests.StaffingConcerns;
using GovernanceBot.Requests.Workflow;
using GovernanceBot.Routing;
using GovernanceBot.Storage;

using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Requests;

public static class RequestsExtensions
{
    /// <summary>
    /// The request workflow with everything it writes to: routing rules and directory, the outbox and dispatcher,
    /// and the audit log, all in the store <c>AddBotStorage</c> chose (SQLite: its schema joins the database).
    /// </summary>
    public static IServiceCollection AddRequestWorkflow(this IServiceCollection services)
    {
        services.AddRoutingRules();
        services.AddNotifications();
        services.AddAudit();
        if (services.UsesAzureStorage())
        {
            services.AddSingleton(RequestPartitions.Layout);
            services.TryAddSingleton<IRequestRecords, TableRequestRecords>();
        }
        else
        {
            services.TryAddEnumerable(ServiceDescriptor.Singleton<ISchema, RequestsSchema>());
            services.TryAddSingleton<IRequestRecords, SqliteRequestRecords>();
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<Confidentiality>();
        services.TryAddSingleton<EscalationChain>();
        services.TryAddSingleton<RequestWorkflow>();
        services.TryAddSingleton<INotificationCards, RequestNotificationCards>();
        return services;
    }

    /// <summary>
    /// The request slice in conversation: the four flows as forms (state per user in <c>ConversationState</c>), the
    /// lists, the card actions and <see cref="RequestTurns"/>, which the channel routes to. Needs <c>AddBotStorage</c>,
    /// <c>AddCouncils</c> and the Bot Framework.
    /// </summary>
    public static IServiceCollection AddRequests(this IServiceCollection services)
    {
        services.AddRequestWorkflow();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFlowForm, OfficerAttendanceForm>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFlowForm, BriefingForm>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFlowForm, ContactReportForm>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFlowForm, StaffingConcernForm>());
        services.TryAddSingleton<FlowForms>();
        services.TryAddSingleton<DialogStore>();
        services.TryAddSingleton<PrivateChats>();
        services.TryAddSingleton<FormContexts>();
        services.TryAddSingleton<FormSubmission>();
        services.TryAddSingleton<FormDialog>();
        services.TryAddSingleton<PendingDeclines>();
        services.TryAddSingleton<RequestActions>();
        services.TryAddSingleton<SubmittedActions>();
        services.TryAddSingleton<RequestLists>();
        services.TryAddSingleton<RequestTurns>();
        return services;
    }
}
