using GovernanceBot.Knowledge.Semantic;

namespace GovernanceBot.Tests.Knowledge.Examples;

public sealed class ExampleMemoryTests
{
    // Unit vectors along axes stand in for sentence vectors: equal axes are the same meaning, different ones unrelated.
    static float[] Axis(int i)
    {
        var v = new float[4];
        v[i] = 1;
        return v;
    }

    static ExampleMemory Memory(params Example[] examples)
    {
        var memory = new ExampleMemory();
        memory.Publish(examples);
        return memory;
    }

    static Example Answered(string council, int axis, string set = "set") => new(set, council, "answered", Axis(axis), Answered: true);

    static Example NotCovered(string council, int axis, string set = "set") => new(set, council, "not covered", Axis(axis), Answered: false);

    [Fact]
    public void QuestionNearerToOneTheDocumentsDidNotCoverLeansUncovered()
    {
        var memory = Memory(NotCovered("derby", 0), Answered("derby", 1));

        Assert.True(memory.Near("derby", Axis(0)).UncoveredLean > 0);
        Assert.True(memory.Near("derby", Axis(1)).UncoveredLean < 0);
    }

    [Fact]
    public void OnlyTheCouncilsOwnQuestionsCount()
    {
        // Covered at derby says nothing about lbe, whose protocol may be silent on it.
        var memory = Memory(Answered("derby", 0), NotCovered("lbe", 0), Answered("lbe", 1));

        var atLbe = memory.Near("lbe", Axis(0));

        Assert.True(atLbe.CouncilKnown);
        Assert.True(atLbe.UncoveredLean > 0);
        Assert.All(atLbe.Nearest, n => Assert.Equal("lbe", n.Example.Council));
    }

    [Fact]
    public void CouncilWithNoHistoryIsUnknownAndLeansNeitherWay()
    {
        var near = Memory(Answered("derby", 0), NotCovered("derby", 1)).Near("testshire", Axis(1));

        Assert.False(near.CouncilKnown);
        Assert.Equal(0, near.UncoveredLean);
        Assert.Empty(near.Nearest);
    }

    [Fact]
    public void SetLeftOutIsNotConsultedAndComesBackAfterwards()
    {
        // Answered, at a similarity of 0.6 to the question; not covered, the question itself, in the set left out.
        var memory = Memory(NotCovered("derby", 0, "dev-questions"), new Example("other", "derby", "answered", [0.6f, 0.8f, 0, 0], Answered: true));

        using (memory.Excluding("dev-questions"))
        {
            Assert.True(memory.Near("derby", Axis(0)).UncoveredLean < 0);
        }

        Assert.True(memory.Near("derby", Axis(0)).UncoveredLean > 0);
    }

    [Fact]
    public void CouncilLeftOutIsAsIfTheBotNeverServedIt()
    {
        var memory = Memory(Answered("derby", 0, "a"), NotCovered("derby", 1, "b"));

        using (memory.Excluding("none", "derby"))
        {
            Assert.False(memory.Near("derby", Axis(1)).CouncilKnown);
        }
    }
}
