namespace GovernanceBot.People;

/// <summary>The role names directories and routing rules use. Officers hold one or more; councillors hold <see cref="Councillor"/>.</summary>
public static class CouncilRoles
{
    public const string Councillor = "councillor";
    public const string Officer = "officer";
    public const string ChiefExecutive = "chief-executive";
    public const string DeputyChiefExecutive = "deputy-chief-executive";
    public const string MonitoringOfficer = "monitoring-officer";
    public const string DeputyMonitoringOfficer = "deputy-monitoring-officer";
    public const string ChiefFinanceOfficer = "chief-finance-officer";
    public const string ExecutiveDirector = "executive-director";
    public const string ServiceDirector = "service-director";
    public const string HeadOfDemocraticServices = "head-of-democratic-services";
    public const string SeniorManager = "senior-manager";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Councillor, Officer, ChiefExecutive, DeputyChiefExecutive, MonitoringOfficer, DeputyMonitoringOfficer,
        ChiefFinanceOfficer, ExecutiveDirector, ServiceDirector, HeadOfDemocraticServices, SeniorManager,
    };
}
