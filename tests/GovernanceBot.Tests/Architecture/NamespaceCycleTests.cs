using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace GovernanceBot.Tests.Architecture;

/// <summary>
/// The app's namespaces form a graph with no cycle: a feature slice may use another (Requests uses People and
/// Notifications), never both ways round, so each slice can be read, tested and replaced on its own.
/// </summary>
public sealed class NamespaceCycleTests
{
    static readonly Assembly App = typeof(Program).Assembly;

    [Fact]
    public void NoNamespaceOfTheAppDependsOnItselfThroughAnother()
    {
        var graph = DependencyGraph();
        var cycles = Cycles(graph);
        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n", cycles.Select(c => string.Join(" → ", c))));
    }

    [Fact]
    public void TheCycleCheckFindsACycleWhereThereIsOne()
    {
        var graph = new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        };
        var cycle = Assert.Single(Cycles(graph));
        Assert.Equal(["A", "B", "C"], cycle.Order());
    }

    /// <summary>Namespace → the namespaces its types use, from NetArchTest's reading of the compiled IL.</summary>
    static Dictionary<string, HashSet<string>> DependencyGraph()
    {
        var byNamespace = App.GetTypes()
            .Where(t => t.Namespace is { } ns && ns.StartsWith("GovernanceBot", StringComparison.Ordinal) && !t.Name.StartsWith('<'))
            .GroupBy(t => t.Namespace!)
            .ToDictionary(g => g.Key, g => g.Select(t => t.FullName!.Replace('+', '/')).ToArray());
        var graph = byNamespace.Keys.ToDictionary(ns => ns, _ => new HashSet<string>());
        foreach (var from in byNamespace.Keys)
        {
            foreach (var (to, targets) in byNamespace.Where(n => n.Key != from))
            {
                // A fresh query each time: NetArchTest's predicate lists accumulate conditions.
                if (Types.InAssembly(App).That().ResideInNamespaceMatching($"^{Regex.Escape(from)}$").And().HaveDependencyOnAny(targets).GetTypes().Any())
                {
                    graph[from].Add(to);
                }
            }
        }

        return graph;
    }

    /// <summary>Each strongly connected group of two or more namespaces (Tarjan), as the namespaces in it.</summary>
    static List<List<string>> Cycles(Dictionary<string, HashSet<string>> graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var cycles = new List<List<string>>();
        foreach (var node in graph.Keys.Where(n => !index.ContainsKey(n)))
        {
            Visit(node);
        }

        return cycles;

        void Visit(string node)
        {
            index[node] = low[node] = index.Count;
            stack.Push(node);
            foreach (var next in graph.GetValueOrDefault(node) ?? [])
            {
                if (!index.ContainsKey(next))
                {
                    Visit(next);
                    low[node] = Math.Min(low[node], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[node] = Math.Min(low[node], index[next]);
                }
            }

            if (low[node] == index[node])
            {
                var group = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    group.Add(member);
                }
                while (member != node);
                if (group.Count > 1)
                {
                    cycles.Add(group);
                }
            }
        }
    }
}
