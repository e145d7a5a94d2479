using GovernanceBot.Dialogs.Flows;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace GovernanceBot.Dialogs;

public static class DialogsExtensions
{
    /// <summary>
    /// The routed flows as dialogs (forms with a text fallback, state in <c>ConversationState</c>), the request
    /// lists and the request card actions. Needs <c>AddBotStorage</c>, <c>AddRequestWorkflow</c> and the channel's
    /// <c>CouncilResolver</c>; <c>AddTeamsChannel</c> calls this.
    /// </summary>
    public static IServiceCollection AddDialogs(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFlowForm, OfficerAttendanceForm>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFlowForm, BriefingForm>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFlowForm, ContactReportForm>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IFlowForm, StaffingConcernForm>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FlowForms>();
        services.TryAddSingleton<DialogStore>();
        services.TryAddSingleton<FormContexts>();
        services.TryAddSingleton<FormSubmission>();
        services.TryAddSingleton<FormDialog>();
        services.TryAddSingleton<RequestActions>();
        services.TryAddSingleton<PendingDeclines>();
        services.TryAddSingleton<SubmittedActions>();
        services.TryAddSingleton<RequestLists>();
        return services;
    }
}
