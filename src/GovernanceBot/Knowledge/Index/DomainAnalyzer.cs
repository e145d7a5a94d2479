using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Shingle;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace GovernanceBot.Knowledge.Index;

/// <summary>
/// English analysis for clauses and questions: standard tokens, lower case, possessives off, Porter stems,
/// the domain thesaurus (on stems, so inflections need no entries), then stop words. With
/// <see cref="Shingles"/> it emits ordered word pairs instead of words, so "officers can expect from
/// councillors" and "councillors can expect from officers" are told apart.
/// </summary>
public sealed class DomainAnalyzer(Thesaurus thesaurus, bool shingles = false) : Analyzer
{
    const LuceneVersion Version = LuceneVersion.LUCENE_48;

    static readonly string[] StopWordList =
    [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was",
        "will", "with", "its", "i", "me", "my", "we", "our", "us", "you", "your", "he", "she", "him", "her", "them",
        "what", "who", "whom", "which", "when", "where", "why", "how", "can", "could", "should", "would", "shall",
        "may", "might", "must", "do", "does", "did", "have", "has", "had", "am", "been", "being", "any", "all",
        "some", "so", "than", "too", "very", "just", "about", "up", "out", "from", "get", "got", "want", "need",
        "there", "here", "also", "other", "only", "own", "same", "each", "both", "between", "after", "before",
        // Conversation, not protocol: politeness and time words carry no meaning a clause could cover.
        "please", "thanks", "thank", "hi", "hello", "hey", "quick", "wondering", "know", "tell", "really",
        "today", "tomorrow", "yesterday", "next", "last", "week", "weeks", "month", "monday", "tuesday", "wednesday",
        "thursday", "friday", "soon", "now", "currently", "actually", "basically", "ok", "okay", "anyone", "someone",
        "let", "still", "already", "while", "nothing", "anything", "something", "even", "ever", "maybe", "perhaps",
        // Contractions the tokenizer keeps whole; the words they stand for are stop words already.
        "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "you're", "you've", "they're", "they've",
        "they'll", "it's", "that's", "there's", "won't", "can't", "don't", "doesn't", "didn't", "isn't", "aren't",
        "wasn't", "shouldn't", "wouldn't", "couldn't", "haven't", "hasn't",
    ];

    // Words the Porter stemmer would fold into a different, common word of this domain:
    // allowance→allow, office→officer (both "offic"), community→communication, news→new.
    static readonly CharArraySet UnstemmedWords = new(Version,
        ["allowance", "allowances", "office", "offices", "community", "communities", "news"], ignoreCase: false);

    /// <summary>The stop words, stemmed as the chain stems, because stop filtering runs after stemming.</summary>
    static readonly CharArraySet StopWords = new(Version,
        StopWordList.SelectMany(w => new[] { w, w.Replace('\'', '\u2019') }).Select(Stem).Distinct().ToList(), ignoreCase: false);

    public bool Shingles { get; } = shingles;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(Version, reader);
        TokenStream stream = Normalize(source);
        if (thesaurus.Map.Fst is not null) // a thesaurus with no entries has no map to read
        {
            stream = new SynonymFilter(stream, thesaurus.Map, ignoreCase: false);
        }
        stream = new StopFilter(Version, stream, StopWords);
        if (Shingles)
        {
            stream = new CollapseGapsFilter(stream);
            var pairs = new ShingleFilter(stream, 2, 2);
            pairs.SetOutputUnigrams(false);
            stream = pairs;
        }

        return new TokenStreamComponents(source, stream);
    }

    /// <summary>Words as the chain sees them before the thesaurus: lower-cased stems, stop words kept.</summary>
    public static string[] NormalizeWords(string text)
    {
        using var source = new StandardTokenizer(Version, new StringReader(text));
        using var stream = Normalize(source);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var words = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            words.Add(term.ToString());
        }

        stream.End();
        return [.. words];
    }

    static TokenStream Normalize(TokenStream source) =>
        new PorterStemFilter(new SetKeywordMarkerFilter(new EnglishPossessiveFilter(Version, new LowerCaseFilter(Version, source)), UnstemmedWords));

    static string Stem(string word) => NormalizeWords(word) is [var stem, ..] ? stem : word;
}
