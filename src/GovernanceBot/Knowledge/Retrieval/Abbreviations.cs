using System.Text.RegularExpressions;

namespace GovernanceBot.Knowledge.Retrieval;

/// <summary>Spells out the sector's abbreviations (abbreviations.txt) in a question before it is embedded.</summary>
public sealed class Abbreviations
{
    readonly Regex pattern;
    readonly Dictionary<string, string> spellings;

    Abbreviations(Dictionary<string, string> spellings)
    {
        this.spellings = spellings;
        var alternatives = spellings.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape);
        pattern = new Regex($@"(?<![\w&.])({string.Join('|', alternatives)})(?![\w&])", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);
    }

    public static Abbreviations Load(string path) => Parse(File.ReadAllLines(path));

    public static Abbreviations Parse(IEnumerable<string> lines)
    {
        var spellings = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var colon = line.LastIndexOf(':');
            if (colon <= 0 || colon == line.Length - 1)
            {
                throw new FormatException($"Abbreviation line '{line}' is not 'abbreviation: spelling'.");
            }

            spellings[line[..colon].Trim()] = line[(colon + 1)..].Trim();
        }

        return new Abbreviations(spellings);
    }

    public string SpellOut(string question) => spellings.Count == 0 ? question : pattern.Replace(question, m => spellings[m.Value]);
}
