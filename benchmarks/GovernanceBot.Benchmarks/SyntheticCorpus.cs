using System.Text;

namespace GovernanceBot.Benchmarks;

/// <summary>
/// Protocol-like text built from the shipped protocols' own sentences, shuffled and renumbered per council,
/// with headings, numbered paragraphs, lettered items and headed bullet lists, so indexing does realistic work.
/// </summary>
static class SyntheticCorpus
{
    public static readonly string[] Questions =
    [
        "Who should a request for an officer to attend a political group meeting be made to?",
        "How quickly must officers acknowledge a casework enquiry?",
        "Can councillors use council facilities for party political purposes?",
        "Who do I raise a concern about an officer's conduct with?",
        "What should an officer do about contact from a councillor that breaks the protocol?",
        "Is an opposition spokesperson entitled to a briefing?",
        "What is the policy on car parking permits?",
    ];

    /// <summary>A corpus written by an earlier run.</summary>
    /// <summary>Each council's one document, protocol.txt.</summary>
    public const string DocumentId = "protocol";

    public static (long Bytes, IReadOnlyList<string> CouncilIds) Read(string folder)
    {
        var councils = Directory.GetDirectories(folder).Order(StringComparer.Ordinal).ToList();
        var bytes = councils.Sum(c => new FileInfo(Path.Combine(c, "protocol.txt")).Length);
        return (bytes, councils.Select(c => Path.GetFileName(c)!).ToList());
    }

    public static (long Bytes, IReadOnlyList<string> CouncilIds) Write(string folder, int councils, long bytesPerCouncil)
    {
        var sentences = SourceSentences();
        var ids = new List<string>();
        long total = 0;
        for (var c = 0; c < councils; c++)
        {
            var id = $"council{c:D3}";
            ids.Add(id);
            var dir = Directory.CreateDirectory(Path.Combine(folder, id)).FullName;
            File.WriteAllText(Path.Combine(dir, "council.json"), $$"""{ "id": "{{id}}", "displayName": "Synthetic Council {{c}}" }""");
            var text = Protocol(sentences, new Random(c), bytesPerCouncil);
            File.WriteAllText(Path.Combine(dir, "protocol.txt"), text);
            total += text.Length;
        }

        return (total, ids);
    }

    static string Protocol(string[] sentences, Random random, long bytes)
    {
        var text = new StringBuilder();
        var paragraph = 1;
        while (text.Length < bytes)
        {
            text.Append("Section ").Append(paragraph).Append(" on ").Append(Pick(sentences, random).Split(' ').Take(4).Aggregate((a, b) => $"{a} {b}")).Append("\n\n");
            for (var p = 0; p < 8; p++, paragraph++)
            {
                text.Append(paragraph).Append(". ").Append(Pick(sentences, random)).Append(' ').Append(Pick(sentences, random)).Append("\n\n");
                if (p % 3 == 0)
                {
                    text.Append("In terms of casework, Councillors will:\n\n");
                    for (var b = 0; b < 3; b++)
                    {
                        text.Append("- ").Append(char.ToLowerInvariant(Pick(sentences, random)[0])).Append(Pick(sentences, random)[1..]).Append('\n');
                    }

                    text.Append('\n');
                }
            }
        }

        return text.ToString();
    }

    static string Pick(string[] sentences, Random random) => sentences[random.Next(sentences.Length)];

    static string[] SourceSentences()
    {
        var councils = Path.Combine(AppContext.BaseDirectory, "councils");
        return Directory.EnumerateFiles(councils, "*.txt", SearchOption.AllDirectories)
            .SelectMany(f => File.ReadAllText(f).Split(['.', '\n'], StringSplitOptions.RemoveEmptyEntries))
            .Select(s => s.Trim())
            .Where(s => s.Split(' ').Length is > 6 and < 60 && char.IsUpper(s[0]))
            .Select(s => s + ".")
            .ToArray();
    }
}
