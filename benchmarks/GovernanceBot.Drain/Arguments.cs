using System.Globalization;

namespace GovernanceBot.Drain;

/// <summary><c>--name value</c> pairs from the command line.</summary>
sealed class Arguments(IReadOnlyDictionary<string, string> values)
{
    public static Arguments Parse(IEnumerable<string> arguments)
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

        return new Arguments(values);
    }

    public int Number(string name, int fallback) =>
        values.TryGetValue(name, out var text) ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

    public string? Text(string name) => values.GetValueOrDefault(name);
}
