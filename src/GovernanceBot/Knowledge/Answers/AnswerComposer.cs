using System.Numerics.Tensors;
using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Ranking;
using GovernanceBot.Knowledge.Retrieval;
using GovernanceBot.Knowledge.Routes;
using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Knowledge.Answers;

/// <summary>
/// The Compose stage: from the ranked clauses, the answer the user reads — the part of the first clause that answers
/// (the list item for a list clause, else the sentence carrying most of the question), up to three citations, the role
/// to go to, and a note when the clause names a body that no longer exists.
/// </summary>
public sealed partial class AnswerComposer(VectorStore vectors)
{
    const int MaxCitations = 3;

    public Answer Compose(Retrieved retrieval, IReadOnlyList<RankedCandidate> ranked, string askedAs)
    {
        var best = ranked[0].Candidate.Clause;
        var (text, label) = ClauseParts.Of(best.Text) is { } parts && BestItem(best, parts, retrieval.Vector) is { } item
            ? (AnswerSentences.Shorten(parts.Quote(item)), item.Label)
            : (AnswerSentences.Select(best.Text, sentences => ScoreSentences(sentences, retrieval), s => RouteFinder.DirectedRoles(s).Count > 0), (string?)null);
        var route = RouteFor(text, best, retrieval.Question.Text, retrieval.Evidence.AsksForRole);
        var note = Roles.Abolished.Where(a => text.Contains(a.Key, StringComparison.OrdinalIgnoreCase)).Select(a => a.Value).FirstOrDefault();
        var citations = Distinct(ranked.Select(r => r.Candidate.Clause)).Take(MaxCitations).Select(Cite).ToList();
        if (label is not null && label.StartsWith('(') && best.Paragraph.Length > 0)
        {
            citations[0] = citations[0] with { Paragraph = $"{best.Paragraph}{label}" };
        }

        return new Answer(retrieval.Question.CouncilId, askedAs, Answered: true, note is null ? text : $"{text}\n\n{note}", route, citations);
    }

    // A sentence scores by its closeness in meaning to the question. Protocols state the general rule first and the
    // exceptions after, each opening with its condition ("Where the officer concerned is the Chief Executive, …"). An
    // exception whose condition names a role answers only a question that names that role; otherwise the general rule
    // does, however close the exception's words ("employee concerned") sit to the question's ("staffing concern").
    double[] ScoreSentences(IReadOnlyList<string> sentences, Retrieved retrieval)
    {
        var vectors = Vectors(sentences);
        var asked = RouteFinder.NamedRoles(retrieval.Question.Text);
        return sentences.Select((sentence, i) =>
            ExceptionFor(sentence) is { Count: > 0 } roles && !roles.Any(asked.Contains)
                ? double.MinValue / 2
                : TensorPrimitives.Dot(retrieval.Vector, vectors[i])).ToArray();
    }

    // The sentences' vectors from indexing; embedded now only for a clause indexed without them.
    float[][] Vectors(IReadOnlyList<string> sentences)
    {
        var stored = new float[sentences.Count][];
        for (var i = 0; i < sentences.Count; i++)
        {
            if (!vectors.TryGet(TextHash.Of(sentences[i]), out var vector))
            {
                return SentenceEmbedder.Shared.EmbedRemembered(sentences, CancellationToken.None);
            }

            stored[i] = new float[SentenceEmbedder.Dimensions];
            TensorPrimitives.ConvertToSingle(vector, stored[i]);
        }

        return stored;
    }

    // The roles named in a sentence's opening condition: "Where the employee concerned is the Chief Executive," gives
    // Chief Executive; a sentence that opens with no condition gives none.
    static IReadOnlyList<string> ExceptionFor(string sentence)
    {
        var comma = sentence.IndexOf(',');
        return comma > 0 && Condition().IsMatch(sentence) ? RouteFinder.NamedRoles(sentence[..comma]) : [];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(Where|If|When|Should|In the case)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex Condition();

    // The item of a list closest in meaning to the question (items were embedded with their lead-in at indexing), when
    // it is closer than the whole clause: "can officers expect not to be criticised in public" is answered by 17(g),
    // "what can officers expect from councillors" by the whole list.
    ClausePart? BestItem(Clause clause, ClauseParts parts, float[] question)
    {
        ClausePart? best = null;
        var bestSimilarity = vectors.TryGet(TextHash.Of(SemanticTexts.Of(clause)), out var whole) ? Similarity(question, whole) : float.MinValue;
        foreach (var item in parts.Items)
        {
            if (!vectors.TryGet(TextHash.Of(parts.Quote(item)), out var vector))
            {
                return null; // not embedded (a document indexed without vectors): quote the clause's best sentence instead
            }

            var similarity = Similarity(question, vector);
            if (similarity > bestSimilarity)
            {
                (best, bestSimilarity) = (item, similarity);
            }
        }

        return best;
    }

    static float Similarity(float[] question, Half[] vector)
    {
        var buffer = new float[SentenceEmbedder.Dimensions];
        TensorPrimitives.ConvertToSingle(vector, buffer);
        return TensorPrimitives.Dot(question, buffer);
    }

    // The role the answer sends the user to. A question in a clause's exceptional case is sent where the exception says
    // ("the MO refused it" goes to the Chief Executive, not back to the Monitoring Officer; "the Chief Executive is on
    // leave" to their deputy); one asking who holds a role the clause gives to a post is sent to the post, by name.
    static Route? RouteFor(string answerText, Clause best, string question, bool asksForRole)
    {
        if (AlternativeRoutes.In(answerText).FirstOrDefault(a => a.AppliesTo(question)) is { } alternative)
        {
            return new Route(alternative.Role);
        }

        if (asksForRole && PostHolders.Holding(answerText, RouteFinder.NamedRoles(question)).FirstOrDefault() is { } post)
        {
            return new Route(post);
        }

        var directed = RouteFinder.DirectedRoles(answerText);
        if (directed.Count > 0)
        {
            return new Route(directed[0]);
        }

        var named = RouteFinder.NamedRoles(answerText);
        var clauseDirected = RouteFinder.DirectedRoles(best.Text);
        return asksForRole && named.Count > 0 ? new Route(named[0])
            : clauseDirected.Count > 0 ? new Route(clauseDirected[0])
            : null;
    }

    // The same words at the same place (rows of one table block that read alike) are cited once.
    static IEnumerable<Clause> Distinct(IEnumerable<Clause> clauses)
    {
        var cited = new List<Clause>();
        foreach (var clause in clauses)
        {
            if (cited.Any(c => c.DocumentId == clause.DocumentId && c.Start < clause.End && clause.Start < c.End && c.Text == clause.Text))
            {
                continue;
            }

            cited.Add(clause);
            yield return clause;
        }
    }

    static Citation Cite(Clause clause) =>
        new(clause.DocumentId, clause.DocumentTitle, clause.SectionPath, clause.Paragraph, clause.Text, clause.Key);
}
