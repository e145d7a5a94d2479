using System.Collections.Concurrent;
using GovernanceBot.Cards;
using GovernanceBot.Knowledge.Answers;
using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Requests.Forms;
using GovernanceBot.Routing;

namespace GovernanceBot.Channel;

/// <summary>
/// The flows an answer leads to: those whose routing rule, at the user's council, cites the clause the answer
/// quotes ("Request officer attendance" under Derby para 28). Configuration, not wording, decides the offer.
/// </summary>
public sealed class FlowOffers(RoutingRules rules, IClauseLookup clauses, FlowForms forms)
{
    readonly ConcurrentDictionary<string, IReadOnlyList<RuleCitation>> cited = new(StringComparer.Ordinal);

    /// <param name="clauseKey">The key of the answered clause in the index, when it was found there.</param>
    public IReadOnlyList<FlowOffer> For(string councilId, Answer answer, string? clauseKey)
    {
        if (answer.Citations.Count == 0)
        {
            return [];
        }

        var answered = answer.Citations[0];
        return CitationsOf(councilId)
            .Where(c => (clauseKey is not null && c.ClauseKey == clauseKey)
                || (c.Citation.Document == answered.Document && SameParagraph(c.Citation.Paragraph, answered.Paragraph)))
            .Select(c => c.Flow)
            .Distinct()
            .Select(flow => new FlowOffer(RoutingFileNames.Of(flow), forms.For(flow).Title))
            .ToList();
    }

    IReadOnlyList<RuleCitation> CitationsOf(string councilId) => cited.GetOrAdd(councilId, id => rules.All
        .Where(rule => rule.CouncilId == id)
        .SelectMany(rule => rule.Clauses.Select(c => new RuleCitation(rule.Flow, c, clauses.FindByQuote(id, c.Document, c.Quote)?.Key)))
        .ToList());

    static bool SameParagraph(string configured, string answered) =>
        configured.Trim().Length > 0 && string.Equals(configured.Trim(), answered.Trim(), StringComparison.OrdinalIgnoreCase);

    sealed record RuleCitation(RoutingFlow Flow, ClauseCitation Citation, string? ClauseKey);
}
