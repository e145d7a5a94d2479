using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Index;
using GovernanceBot.Knowledge.Routes;
using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Knowledge.Retrieval;

/// <summary>
/// Lexical and dense retrieval fused: the best clauses by BM25 (Lucene, with the domain thesaurus), the best by
/// meaning (the question's sentence vector against every clause of the council and the national guidance) and the best
/// by the adapted vector (the same, read through the map fitted on questions asked before), each candidate carrying
/// every kind of evidence whichever list it came from.
/// </summary>
public sealed class HybridRetriever(IClauseIndex lexical, SemanticIndex semantic, ExampleMemory examples, QuestionAdapters adapters, Thesaurus thesaurus, Abbreviations abbreviations) : IClauseRetriever
{
    /// <summary>How many of each list become candidates: the right clause is among the first 20 of one of them for nearly every tuning question.</summary>
    public const int PerList = 20;

    readonly DomainAnalyzer analyzer = new(thesaurus);

    public async Task<Retrieved> RetrieveAsync(Question question, CancellationToken cancellationToken)
    {
        var spelled = abbreviations.SpellOut(question.Text);
        var asksForRole = QuestionKind.AsksForRole(spelled);
        var lexicalHits = lexical.Search(new ClauseQuery(spelled, question.Scopes, asksForRole), PerList);
        var vector = SentenceEmbedder.Shared.EmbedQuestion(spelled);
        var dense = await semantic.RankAsync(vector, question.Scopes, cancellationToken);
        var adapter = adapters.Current;
        var adaptedVector = adapter.Adapt(vector);
        var adapted = await semantic.RankAsync(adaptedVector, question.Scopes, cancellationToken);

        var bestLexical = lexicalHits.Count == 0 ? 0 : lexicalHits.Max(h => h.Score);
        var name = NameTerms(question);
        var coverage = Coverage.Of(QuestionTerms.Tokens(analyzer, spelled).Where(t => !name.Contains(t.Term)).ToList(), lexical.Rarity);
        var actor = Actors.OfQuestion(spelled);

        var feedback = FeedbackVector(vector, dense);
        var asksForTime = QuestionKind.AsksForTime(spelled);
        var candidates = new Dictionary<TextHash, Candidate>();
        void Add(Clause clause, int? lexicalRank, double lexicalScore)
        {
            var traits = TraitsOf(clause);
            if (candidates.ContainsKey(traits.Hash))
            {
                return;
            }

            dense.TryFind(traits.Hash, out var denseRank, out var similarity);
            adapted.TryFind(traits.Hash, out var adaptedRank, out var adaptedSimilarity);
            candidates[traits.Hash] = new Candidate(clause, new Evidence(
                lexicalScore,
                lexicalRank,
                bestLexical > 0 ? lexicalScore / bestLexical : 0,
                coverage.Of(traits.Terms),
                similarity,
                denseRank,
                similarity - dense.Best,
                adaptedSimilarity,
                adaptedRank,
                adaptedSimilarity - adapted.Best,
                actor == Actor.Unknown || traits.Actor == Actor.Unknown ? 0 : actor == traits.Actor ? 1 : -1,
                asksForRole && traits.DirectsToRole,
                clause.Text.Length,
                clause.Paragraph.Length > 0,
                semantic.Similarity(feedback, traits.Hash),
                coverage.Missing(traits.Terms),
                !asksForTime ? 0 : traits.StatesTime ? 1 : -1,
                traits.StatesTime));
        }

        for (var i = 0; i < lexicalHits.Count; i++)
        {
            Add(lexicalHits[i].Clause, i, lexicalHits[i].Score);
        }

        foreach (var (clause, _, _) in dense.Ordered.Take(PerList).Concat(adapted.Ordered.Take(PerList)))
        {
            Add(clause, null, 0);
        }

        var unseenRarity = lexical.Rarity(UnseenProbe);
        var evidence = new QuestionEvidence(bestLexical, dense.Best, asksForRole, QuestionKind.AsksForFact(spelled), coverage.Unseen(t => lexical.Rarity(t) >= unseenRarity), false, 0, adapter.Uncovered(adaptedVector) - adapted.Best)
            .Reading(examples.Near(question.CouncilId, vector));
        return new Retrieved(question with { Text = spelled }, candidates.Values.ToList(), evidence, vector);
    }

    // A term no clause can hold (analysis lower-cases and never emits control characters): its rarity is that of an unseen word.
    const string UnseenProbe = "\u0001";

    // Pseudo-relevance feedback: the question moved towards the clauses nearest it, which says in the documents' own
    // words what the question is about (Rocchio's method, on sentence vectors).
    const int FeedbackClauses = 3;
    const float FeedbackWeight = 0.5f;

    float[] FeedbackVector(float[] question, DenseRanking dense)
    {
        var moved = (float[])question.Clone();
        foreach (var (_, hash, _) in dense.Ordered.Take(FeedbackClauses))
        {
            semantic.AddScaled(hash, FeedbackWeight / FeedbackClauses, moved);
        }

        var norm = System.Numerics.Tensors.TensorPrimitives.Norm(moved);
        System.Numerics.Tensors.TensorPrimitives.Divide(moved, norm == 0 ? 1 : norm, moved);
        return moved;
    }

    readonly System.Collections.Concurrent.ConcurrentDictionary<string, HashSet<string>> names = new(StringComparer.Ordinal);

    HashSet<string> NameTerms(Question question) => names.GetOrAdd(question.CouncilId,
        _ => QuestionTerms.Tokens(analyzer, $"{question.CouncilName} {question.CouncilId}").Select(t => t.Term).ToHashSet(StringComparer.Ordinal));

    // What a clause says whatever the question: worked out the first time a question finds it, not on every question.
    readonly System.Collections.Concurrent.ConcurrentDictionary<(string, string, int), ClauseTraits> traits = new();

    ClauseTraits TraitsOf(Clause clause) =>
        traits.GetOrAdd((clause.Scope, clause.Key, clause.Text.GetHashCode(StringComparison.Ordinal)), _ => new ClauseTraits(
            TextHash.Of(SemanticTexts.Of(clause)),
            Actors.OfClause(clause),
            RouteFinder.DirectedRoles(clause.Text).Count > 0,
            QuestionKind.StatesTime(clause.Text),
            QuestionTerms.Tokens(analyzer, $"{clause.Text}\n{clause.SectionPath}").Select(t => t.Term).ToHashSet(StringComparer.Ordinal)));

    /// <summary>A clause's vector key, whose duty it states, whether it directs to a role or states a time, and its words.</summary>
    sealed record ClauseTraits(TextHash Hash, Actor Actor, bool DirectsToRole, bool StatesTime, HashSet<string> Terms);
}
