using System.Numerics.Tensors;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// The questions asked before at each council, and whether its documents answered them: a question nearer to one its
/// council's documents did not cover ("when is the next full council meeting", "where do I park") than to any they
/// did is likely not covered either, however many of the protocol's words it shares. The gate reads that lean, and
/// whether the council has any history at all (a council the bot never served is gated on the rest of the evidence,
/// with its own threshold). Built with the semantic index; questions wait for both.
/// </summary>
public sealed class ExampleMemory
{
    /// <summary>How many of the nearest questions asked before <c>ask --explain</c> shows.</summary>
    const int Shown = 3;

    readonly AsyncLocal<LeftOut?> leftOut = new();
    volatile IReadOnlyList<Example> examples = [];

    public int Count => examples.Count;

    public void Publish(IReadOnlyList<Example> built) => examples = built;

    /// <summary>
    /// Leaves a set of examples out until disposed, in this async flow only, and with <paramref name="council"/> that
    /// council's examples too: scoring or calibrating on a set must not find its own questions in the memory, or it
    /// would measure recall, not the product; leaving the council out as well measures a council the bot never served.
    /// </summary>
    public IDisposable Excluding(string set, string? council = null)
    {
        var before = leftOut.Value;
        leftOut.Value = new LeftOut(set, council);
        return new Restore(() => leftOut.Value = before);
    }

    /// <summary>What the questions asked before at <paramref name="council"/> say about this one.</summary>
    public Neighbourhood Near(string council, float[] question)
    {
        var excluded = leftOut.Value;
        float answered = 0, uncovered = 0;
        var known = false;
        var nearest = new List<(float Similarity, Example Example)>();
        foreach (var example in examples)
        {
            if (example.Council != council || (excluded is { } x && (example.Set == x.Set || example.Council == x.Council)))
            {
                continue;
            }

            var similarity = TensorPrimitives.Dot(question, example.Question);
            if (example.Answered)
            {
                known = true;
                answered = Math.Max(answered, similarity);
            }
            else
            {
                uncovered = Math.Max(uncovered, similarity);
            }

            nearest.Add((similarity, example));
        }

        return new Neighbourhood(known, known ? uncovered - answered : 0, nearest.OrderByDescending(n => n.Similarity).Take(Shown).ToList());
    }

    sealed record LeftOut(string Set, string? Council);
}

/// <summary>A question asked before: where, its words, its vector (from the question model), and whether the council's documents answered it.</summary>
public sealed record Example(string Set, string Council, string Text, float[] Question, bool Answered);

/// <summary>
/// What a council's questions asked before say about a question: whether there are any (at least one answered), how
/// much nearer it is to one the documents did not cover than to one they did (0 without a history), and the nearest.
/// </summary>
public sealed record Neighbourhood(bool CouncilKnown, double UncoveredLean, IReadOnlyList<(float Similarity, Example Example)> Nearest);
