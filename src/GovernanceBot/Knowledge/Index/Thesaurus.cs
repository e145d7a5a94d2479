using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace GovernanceBot.Knowledge.Index;

/// <summary>
/// The domain thesaurus (thesaurus.txt): each variant of a concept also indexes and queries as the
/// concept's token, so "chief exec", "CEO" and "Head of Paid Service" all meet "Chief Executive".
/// </summary>
public sealed class Thesaurus
{
    /// <summary>Concept tokens start with this prefix, which no English word does after stemming.</summary>
    public const string ConceptPrefix = "ζ";

    Thesaurus(SynonymMap map, int conceptCount, string fingerprint)
    {
        Map = map;
        ConceptCount = conceptCount;
        Fingerprint = fingerprint;
    }

    public SynonymMap Map { get; }

    public int ConceptCount { get; }

    /// <summary>A short hash of the entries: the index records it, so editing the thesaurus re-indexes every document.</summary>
    public string Fingerprint { get; }

    public static Thesaurus Load(string path) => Parse(File.ReadAllLines(path));

    public static Thesaurus Parse(IEnumerable<string> lines)
    {
        var builder = new SynonymMap.Builder(dedup: true);
        var concepts = 0;
        var entries = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            entries.AppendLine(line);
            var colon = line.IndexOf(':');
            if (colon <= 0)
            {
                throw new FormatException($"Thesaurus line '{line}' has no 'concept:' before its variants.");
            }

            var concept = new CharsRef(ConceptPrefix + line[..colon].Trim().Replace("-", "", StringComparison.Ordinal));
            concepts++;
            foreach (var variant in line[(colon + 1)..].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = DomainAnalyzer.NormalizeWords(variant);
                if (words.Length > 0)
                {
                    builder.Add(SynonymMap.Builder.Join(words, new CharsRef()), concept, includeOrig: true);
                }
            }
        }

        var fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(entries.ToString())))[..12];
        return new Thesaurus(builder.Build(), concepts, fingerprint);
    }
}
