using System.Globalization;

namespace GovernanceBot.Benchmarking;

/// <summary><c>--name value</c> pairs from the command line (one file, compiled into each benchmark tool).</summary>
sealed class Options(IReadOnlyDictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> arguments)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var argument in arguments)
        {
            if (argument.StartsWith("--", StringComparison.Ordinal))
            {
                name = argument[2..];
            }
            else if (name is not null)
            {
                values[name] = argument;
                name = null;
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{argument}'.");
            }
        }

        return new Options(values);
    }

    public string? Text(string name) => values.GetValueOrDefault(name);

    public int Number(string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;
}
