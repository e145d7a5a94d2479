using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.People;

namespace GovernanceBot.Routing;

/// <summary>Every council's routing rules, from <c>councils/&lt;id&gt;/routing.json</c>.</summary>
public sealed class RoutingRules(IReadOnlyList<RoutingRule> rules)
{
    public IReadOnlyList<RoutingRule> All { get; } = rules;

    /// <summary>Each council's own closure days as its routing.json writes them (<c>MM-DD</c> every year, or <c>YYYY-MM-DD</c>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ClosureDays { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    public static RoutingRules Load(CouncilCatalog catalog)
    {
        var files = catalog.Councils
            .Select(c => (Council: c, Path: Path.Combine(c.Folder, RoutingFile.FileName)))
            .Where(c => File.Exists(c.Path))
            .ToList();
        return new(files.SelectMany(c => RoutingFile.Load(c.Council.Id, c.Path)).ToList())
        {
            ClosureDays = files.ToDictionary(c => c.Council.Id, c => RoutingFile.ClosureDays(c.Path)),
        };
    }

    /// <summary>The rule for a council's flow; a council without one cannot run the flow.</summary>
    public RoutingRule For(string councilId, RoutingFlow flow) =>
        All.FirstOrDefault(r => r.CouncilId == councilId && r.Flow == flow)
        ?? throw new RoutingConfigurationException($"Council '{councilId}' has no routing rule for '{RoutingFile.Name(flow)}'.");

    /// <summary>
    /// Checks every rule against the documents and the directory: each cited quote must be found in a clause
    /// of the cited document, and each role a rule routes to must be held by someone. Throws one
    /// <see cref="RoutingConfigurationException"/> listing every problem, each naming council, flow and quote.
    /// Without a clause lookup (no index wired) only the directory is checked.
    /// </summary>
    public void Validate(IClauseLookup? clauses, ICouncilDirectory directory)
    {
        var problems = new List<string>();
        foreach (var rule in All)
        {
            var where = $"council '{rule.CouncilId}', flow '{RoutingFile.Name(rule.Flow)}'";
            foreach (var citation in rule.Clauses.Where(_ => clauses is not null))
            {
                if (clauses!.FindByQuote(rule.CouncilId, citation.Document, citation.Quote) is null)
                {
                    problems.Add($"{where}: no clause of '{citation.Document}' (paragraph {citation.Paragraph}) contains \"{citation.Quote}\"");
                }
            }

            CouncilDirectory people;
            try
            {
                people = directory.Council(rule.CouncilId);
            }
            catch (UnknownCouncilException)
            {
                problems.Add($"{where}: the council has no directory.json");
                continue;
            }

            foreach (var role in rule.Receivers.Concat(rule.AbsenceDeputies).Where(CouncilRoles.All.Contains))
            {
                if (people.WithRole(role).Count == 0)
                {
                    problems.Add($"{where}: routes to '{role}' but nobody in the directory holds that role");
                }
            }
        }

        if (problems.Count > 0)
        {
            throw new RoutingConfigurationException("Routing rules do not match the documents or the directory:" + Environment.NewLine
                + string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
        }
    }
}

public sealed class RoutingConfigurationException(string message) : Exception(message);
