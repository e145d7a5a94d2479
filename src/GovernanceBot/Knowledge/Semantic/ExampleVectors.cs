using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Councils;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// Turns the questions asked before into the example memory: each question's vector, from the store; for those new to
/// it, from the vectors shipped with the questions, or else embedded together with the question model; either way
/// stored as one segment. An answered question none of whose gold phrases is in its council's documents
/// (or the national guidance it reads) any more is left out, since a changed document may no longer answer it; so is a
/// question for a council not configured.
/// </summary>
static class ExampleVectors
{
    // Question vectors share the store with clause vectors; the prefix keeps a question from taking a clause's vector.
    const string QuestionKey = "asked before\n";

    /// <summary>The key a question's vector is kept under (the question as spelled out).</summary>
    public static TextHash KeyOf(string question) => TextHash.Of(QuestionKey + question);

    /// <summary>The examples, and the store keys of their vectors (which compaction must keep).</summary>
    public static (IReadOnlyList<Example> Examples, IReadOnlyList<TextHash> Keys) Build(
        IReadOnlyList<AskedQuestion> asked,
        Func<IReadOnlyDictionary<TextHash, Half[]>> shippedVectors,
        CouncilCatalog catalog,
        IReadOnlyDictionary<string, List<Clause>> clausesByScope,
        VectorStore store,
        CancellationToken cancellationToken)
    {
        var folded = clausesByScope.ToDictionary(s => s.Key, s => s.Value.Select(c => TextFolding.Fold(c.Text)).ToList(), StringComparer.Ordinal);
        var kept = new List<(AskedQuestion Question, string Council, TextHash Key)>();
        foreach (var question in asked)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!catalog.TryGet(question.Council, out var council))
            {
                continue;
            }

            var gold = question.Gold.Select(TextFolding.Fold).Where(g => g.Length > 0).ToList();
            if (question.Answered && !council.Scopes.SelectMany(s => folded.GetValueOrDefault(s) ?? []).Any(text => gold.Any(g => text.Contains(g, StringComparison.Ordinal))))
            {
                continue;
            }

            kept.Add((question, council.Id, KeyOf(question.Text)));
        }

        var missing = kept.Where(k => !store.Contains(k.Key)).DistinctBy(k => k.Key).ToList();
        if (missing.Count > 0)
        {
            // The shipped vectors are read only when the store lacks some: a restart on a filled data folder never reads them.
            var shipped = shippedVectors();
            var toEmbed = missing.Where(m => !shipped.ContainsKey(m.Key)).ToList();
            var embedded = SentenceEmbedder.Shared.EmbedQuestionsRemembered(toEmbed.Select(m => m.Question.Text).ToList(), cancellationToken);
            store.Add([
                .. missing.Where(m => shipped.ContainsKey(m.Key)).Select(m => (m.Key, shipped[m.Key])),
                .. toEmbed.Select((m, i) => (m.Key, VectorStore.ToHalf(embedded[i]))),
            ]);
        }

        var examples = kept.Select(k =>
        {
            store.TryGet(k.Key, out var stored);
            return new Example(k.Question.Set, k.Council, k.Question.Text, ToSingle(stored), k.Question.Answered);
        }).ToList();
        return (examples, kept.Select(k => k.Key).ToList());
    }

    static float[] ToSingle(Half[] stored)
    {
        var vector = new float[stored.Length];
        System.Numerics.Tensors.TensorPrimitives.ConvertToSingle(stored, vector);
        return vector;
    }
}
