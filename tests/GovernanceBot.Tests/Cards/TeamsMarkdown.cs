using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace GovernanceBot.Tests.Cards;

/// <summary>
/// What Teams makes of a card's strings: a TextBlock's text and a FactSet's values are Markdown (the subset Teams
/// renders: headings, lists, links and bare URLs, emphasis, code, quotes, HTML entities and &lt;at&gt; mentions); a
/// rich text run, an input's value and a choice's title are shown as written. <see cref="Constructs"/> names what
/// Markdown would make of a string, so a test can tell whether a user's words would come out as they typed them.
/// </summary>
static partial class TeamsMarkdown
{
    /// <summary>Every string of a card that Teams renders as Markdown.</summary>
    public static IEnumerable<string> MarkdownStrings(JsonNode card) => CardJson.Objects(card).SelectMany(o => (string?)o["type"] switch
    {
        "TextBlock" => [(string?)o["text"] ?? ""],
        "FactSet" => o["facts"]!.AsArray().Select(f => (string?)f!["value"] ?? ""),
        _ => [],
    });

    /// <summary>Every string of a card that Teams shows exactly as written.</summary>
    public static IEnumerable<string> LiteralStrings(JsonNode card) => CardJson.Objects(card).SelectMany(o => (string?)o["type"] switch
    {
        "TextRun" => [(string?)o["text"] ?? ""],
        "Input.Text" or "Input.Date" => new[] { (string?)o["value"], (string?)o["placeholder"] }.OfType<string>(),
        "Input.ChoiceSet" => o["choices"]!.AsArray().Select(c => (string?)c!["title"] ?? ""),
        _ => [],
    });

    /// <summary>What Markdown rendering would turn <paramref name="text"/> into: the constructs it holds.</summary>
    public static IReadOnlyList<string> Constructs(string text)
    {
        var found = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            if (Heading().IsMatch(line))
            {
                found.Add("heading");
            }

            if (ListItem().IsMatch(line))
            {
                found.Add("list");
            }

            if (Quote().IsMatch(line))
            {
                found.Add("quote");
            }
        }

        if (Link().IsMatch(text) || BareUrl().IsMatch(text))
        {
            found.Add("link");
        }

        if (Strong().IsMatch(text) || Emphasis().IsMatch(text))
        {
            found.Add("emphasis");
        }

        if (Code().IsMatch(text))
        {
            found.Add("code");
        }

        if (Entity().IsMatch(text) || Tag().IsMatch(text))
        {
            found.Add("html");
        }

        return found;
    }

    [GeneratedRegex(@"^\s{0,3}#{1,6}(\s|$)")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*([-*+]|\d+[.)])\s")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^\s{0,3}>")]
    private static partial Regex Quote();

    [GeneratedRegex(@"\[[^\]]*\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(https?://|www\.)\S", RegexOptions.IgnoreCase)]
    private static partial Regex BareUrl();

    [GeneratedRegex(@"(\*\*|__)\S.*?\S?\1")]
    private static partial Regex Strong();

    [GeneratedRegex(@"(?<![\w*_])([*_])[^\s*_][^*_]*?\1(?![\w*_])")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"`[^`]+`")]
    private static partial Regex Code();

    [GeneratedRegex(@"&(#\d+|#x[0-9a-f]+|[a-z]+);", RegexOptions.IgnoreCase)]
    private static partial Regex Entity();

    [GeneratedRegex(@"<\s*/?\s*[a-z][^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();
}
