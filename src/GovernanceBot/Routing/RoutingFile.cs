using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovernanceBot.Routing;

/// <summary>Reads a council's <c>routing.json</c>: <c>{ "rules": { "officer-attendance": { … }, … } }</c>.</summary>
static class RoutingFile
{
    public const string FileName = "routing.json";

    static readonly JsonNamingPolicy Kebab = JsonNamingPolicy.KebabCaseLower;

    static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(Kebab) },
    };

    public static string Name(RoutingFlow flow) => RoutingFileNames.Of(flow);

    public static IEnumerable<RoutingRule> Load(string councilId, string path)
    {
        Shape file;
        try
        {
            file = JsonSerializer.Deserialize<Shape>(File.ReadAllText(path), Json) ?? new Shape(null);
        }
        catch (JsonException e)
        {
            throw new RoutingConfigurationException($"'{path}' is not valid JSON: {e.Message}");
        }

        foreach (var (name, rule) in file.Rules ?? [])
        {
            var flow = Enum.GetValues<RoutingFlow>().Where(f => Name(f) == name).Cast<RoutingFlow?>().FirstOrDefault()
                ?? throw new RoutingConfigurationException($"'{path}': unknown flow '{name}'.");
            yield return rule.ToRule(councilId, flow, path);
        }
    }

    /// <summary>The council's own closure days (<c>"closureDays": ["12-27", "2026-04-07"]</c>), as written.</summary>
    public static IReadOnlyList<string> ClosureDays(string path) =>
        JsonSerializer.Deserialize<Shape>(File.ReadAllText(path), Json)?.ClosureDays ?? [];

    sealed record Shape(Dictionary<string, RuleShape>? Rules, List<string>? ClosureDays = null);

    sealed record RuleShape(
        List<string>? Receivers,
        bool Decides,
        List<string>? AbsenceDeputies,
        List<string>? ToldAfterwards,
        List<MeetingKind>? ToldAfterwardsOnlyFor,
        bool Confidential,
        bool Silent,
        string? Guidance,
        List<ClauseCitation>? Clauses)
    {
        public RoutingRule ToRule(string councilId, RoutingFlow flow, string path)
        {
            var where = $"'{path}', flow '{Name(flow)}'";
            var receivers = Silent ? [RouteTargets.DefaultContact] : Receivers ?? [];
            if (receivers.Count == 0)
            {
                throw new RoutingConfigurationException($"{where}: names no receivers and is not marked silent.");
            }

            foreach (var target in receivers.Concat(AbsenceDeputies ?? []).Where(t => !RouteTargets.IsKnownReceiver(t)))
            {
                throw new RoutingConfigurationException($"{where}: unknown receiver '{target}'.");
            }

            foreach (var audience in (ToldAfterwards ?? []).Where(a => a != RouteTargets.OtherGroupLeaders))
            {
                throw new RoutingConfigurationException($"{where}: unknown audience '{audience}' in toldAfterwards.");
            }

            if (!Silent && (Clauses is null || Clauses.Count == 0))
            {
                throw new RoutingConfigurationException($"{where}: cites no clause; a rule that implements none must say \"silent\": true.");
            }

            return new RoutingRule(councilId, flow, receivers, Decides, AbsenceDeputies ?? [], ToldAfterwards ?? [],
                ToldAfterwardsOnlyFor ?? [], Confidential, Silent, Guidance ?? "", Clauses ?? []);
        }
    }
}
