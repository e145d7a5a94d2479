using System.Numerics.Tensors;

namespace GovernanceBot.Knowledge.Semantic;

/// <summary>
/// The questions asked before at each council, and whether its documents answered them: a question nearer to one its
/// council's documents did not cover ("when is the next full council meeting", "where do I park") than to any they
/// did is likely not covered either, however many of the protocol's words it shares. The gate reads that lean, the same
/// lean over every council's questions, and whether the council has any history at all (a council the bot never served
/// is gated on the rest of the evidence, with its own threshold). Built with the semantic index; questions wait for both.
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

    /// <summary>
    /// What the questions asked before say about this one: those at <paramref name="council"/>, and those at every
    /// council. Questions no protocol covers ("where do I park") are asked at every council in much the same words, so a
    /// question nearer to one that no council's documents covered than to any that some council's answered leans
    /// uncovered even at a council with no history; a council's own history says more, since a protocol silent on
    /// something another covers leaves it uncovered there.
    /// </summary>
    public Neighbourhood Near(string council, float[] question)
    {
        var excluded = leftOut.Value;
        var here = new Lean();
        var anywhere = new Lean();
        var nearest = new List<(float Similarity, Example Example)>();
        foreach (var example in examples)
        {
            if (excluded is { } x && (example.Set == x.Set || example.Council == x.Council))
            {
                continue;
            }

            var similarity = TensorPrimitives.Dot(question, example.Question);
            anywhere.Add(example.Answered, similarity);
            if (example.Council == council)
            {
                here.Add(example.Answered, similarity);
                nearest.Add((similarity, example));
            }
        }

        return new Neighbourhood(here.Known, here.Value, anywhere.Value, nearest.OrderByDescending(n => n.Similarity).Take(Shown).ToList());
    }

    // How much nearer a question is to the nearest question not covered than to the nearest answered; 0 with none answered.
    sealed class Lean
    {
        float answered, uncovered;

        public bool Known { get; private set; }

        public double Value => Known ? uncovered - answered : 0;

        public void Add(bool wasAnswered, float similarity)
        {
            if (wasAnswered)
            {
                Known = true;
                answered = Math.Max(answered, similarity);
            }
            else
            {
                uncovered = Math.Max(uncovered, similarity);
            }
        }
    }

    sealed record LeftOut(string Set, string? Council);

    sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}

/// <summary>A question asked before: where, its words, its vector (from the question model), and whether the council's documents answered it.</summary>
public sealed record Example(string Set, string Council, string Text, float[] Question, bool Answered);

/// <summary>
/// What the questions asked before say about a question: whether its council has any (at least one answered), how much
/// nearer it is to one the council's documents did not cover than to one they did (0 without a history), the same
/// lean over the questions asked at every council, and the council's nearest.
/// </summary>
public sealed record Neighbourhood(bool CouncilKnown, double UncoveredLean, double AnyCouncilLean, IReadOnlyList<(float Similarity, Example Example)> Nearest);
