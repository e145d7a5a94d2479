using GovernanceBot.Knowledge.Configuration;
using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Councils;
using GovernanceBot.Knowledge.Index;
using GovernanceBot.Knowledge.Routes;
using Microsoft.Extensions.Options;

namespace GovernanceBot.Knowledge.Answers;

/// <summary>
/// Answers from the council's own documents and the national guidance it includes, never another council's:
/// the best clause's answering sentence, up to three citations and the role to go to — or, when the best
/// clause does not cover the question, an abstention that hands off to Democratic Services.
/// </summary>
public sealed class AnswerEngine(CouncilCatalog catalog, IClauseIndex index, Thesaurus thesaurus, IOptions<KnowledgeOptions> options) : IAnswerEngine
{
    const int Candidates = 10;
    const int MaxCitations = 3;

    readonly DomainAnalyzer analyzer = new(thesaurus);

    public Answer Ask(string councilId, string question) => Explain(councilId, question).Answer;

    /// <summary>The answer with what led to it: the candidates and how much of the question the best one covers.</summary>
    public Explanation Explain(string councilId, string question)
    {
        if (!catalog.TryGet(councilId ?? "", out var council))
        {
            throw new UnknownCouncilException(councilId ?? "");
        }

        var text = QuestionText.Clean(question, options.Value.MaxQuestionLength);
        var asksForRole = QuestionIntent.AsksForRole(text);
        string[] scopes = council.IncludesNationalGuidance ? [council.Id, SourceDocument.NationalScope] : [council.Id];
        var hits = ByActor(index.Search(new ClauseQuery(text, scopes, asksForRole), Candidates), Actors.OfQuestion(text));

        var coverage = Coverage.Of(QuestionTerms.Tokens(analyzer, text).Where(t => !NameOf(council).Contains(t.Term)).ToList(), index.Rarity);
        hits = ByCoverage(hits, coverage);
        var covered = hits.Count == 0 ? 0 : coverage.Of(TermsOf(hits[0].Clause));
        if (covered < options.Value.MinimumCoverage)
        {
            return new Explanation(Abstain(council, question), hits, covered);
        }

        var best = hits[0];
        var answerText = AnswerSentences.Select(best.Clause.Text, sentence => coverage.WeightIn(TermsOf(sentence)), s => RouteFinder.DirectedRoles(s).Count > 0);
        var route = RouteFor(answerText, best, asksForRole);
        var note = AbolishedBodyNote(answerText);
        var answer = new Answer(
            council.Id,
            question,
            Answered: true,
            note is null ? answerText : $"{answerText}\n\n{note}",
            route,
            Distinct(hits).Take(MaxCitations).Select(Cite).ToList());
        return new Explanation(answer, hits, covered);
    }

    // Favour the side of the agreement the question asks about; a clause about the other side ranks lower.
    static IReadOnlyList<ClauseHit> ByActor(IReadOnlyList<ClauseHit> hits, Actor asked)
    {
        const float SameActor = 1.1f;
        const float OtherActor = 0.9f;
        if (asked == Actor.Unknown)
        {
            return hits;
        }

        return hits
            .Select(h => Actors.OfClause(h.Clause) is var actor && actor == Actor.Unknown ? h
                : h with { Score = h.Score * (actor == asked ? SameActor : OtherActor) })
            .OrderByDescending(h => h.Score)
            .ToList();
    }

    // Among the best few, a clause that covers more of the question ranks higher: relevance scaled by coverage.
    // The first by BM25 alone is often a neighbour that shares the question's common words but not its point.
    const int Reconsidered = 5;

    IReadOnlyList<ClauseHit> ByCoverage(IReadOnlyList<ClauseHit> hits, Coverage coverage) => hits
        .Take(Reconsidered)
        .OrderByDescending(h => h.Score * coverage.Of(TermsOf(h.Clause)))
        .Concat(hits.Skip(Reconsidered))
        .ToList();

    public static string HandOff(string councilName) =>
        $"I can't find that in {councilName}'s protocol, so I won't guess. Please ask Democratic Services, who can advise.";

    static Answer Abstain(Council council, string question) =>
        new(council.Id, question, Answered: false, HandOff(council.DisplayName), new Route(Roles.DemocraticServices), []);

    static Route? RouteFor(string answerText, ClauseHit best, bool asksForRole)
    {
        var directed = RouteFinder.DirectedRoles(answerText);
        if (directed.Count > 0)
        {
            return new Route(directed[0]);
        }

        var named = RouteFinder.NamedRoles(answerText);
        return asksForRole && named.Count > 0 ? new Route(named[0])
            : best.DirectedRoles.Count > 0 ? new Route(best.DirectedRoles[0])
            : null;
    }

    static string? AbolishedBodyNote(string answerText) =>
        Roles.Abolished.Where(a => answerText.Contains(a.Key, StringComparison.OrdinalIgnoreCase)).Select(a => a.Value).FirstOrDefault();

    // The same words at the same place (rows of one table block that read alike) are cited once.
    // A list and one of its own items are both kept: their texts differ.
    static IEnumerable<ClauseHit> Distinct(IReadOnlyList<ClauseHit> hits)
    {
        var cited = new List<Clause>();
        foreach (var hit in hits)
        {
            if (cited.Any(c => c.DocumentId == hit.Clause.DocumentId && c.Start < hit.Clause.End && hit.Clause.Start < c.End && c.Text == hit.Clause.Text))
            {
                continue;
            }

            cited.Add(hit.Clause);
            yield return hit;
        }
    }

    static Citation Cite(ClauseHit hit) =>
        new(hit.Clause.DocumentId, hit.Clause.DocumentTitle, hit.Clause.SectionPath, hit.Clause.Paragraph, hit.Clause.Text, hit.Clause.Key);

    // The council's own name says nothing about what is asked: every document searched is that council's (or
    // national). Counted, "Rushcliffe" in a question about parking made a meeting notice look like an answer.
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> names = new(StringComparer.Ordinal);

    HashSet<string> NameOf(Council council) => names.GetOrAdd(council.Id, _ => TermsOf($"{council.DisplayName} {council.Id}"));

    // Clause texts are re-analysed for every question that finds them; their terms are cached by clause.
    readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, int), HashSet<string>> clauseTerms = new();

    HashSet<string> TermsOf(Clause clause) =>
        clauseTerms.GetOrAdd((clause.Scope, clause.Key, clause.Text.GetHashCode(StringComparison.Ordinal)), _ => TermsOf($"{clause.Text}\n{clause.SectionPath}"));

    HashSet<string> TermsOf(string text) => QuestionTerms.Tokens(analyzer, text).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
}

/// <summary>An answer with the candidates it was chosen from and the share of the question the best one covers.</summary>
public sealed record Explanation(Answer Answer, IReadOnlyList<ClauseHit> Candidates, double Coverage);
