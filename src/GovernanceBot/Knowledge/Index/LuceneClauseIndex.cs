using GovernanceBot.Knowledge.Clauses;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using static GovernanceBot.Knowledge.Index.ClauseIndexSchema;

namespace GovernanceBot.Knowledge.Index;

/// <summary>The embedded clause index: Lucene.Net on disk in the data folder, one Lucene document per clause.</summary>
public sealed class LuceneClauseIndex : IClauseIndex, IDisposable
{
    const int MaxQueryTerms = 64;

    readonly FSDirectory directory;
    readonly IndexWriter writer;
    readonly SearcherManager searchers;
    readonly DomainAnalyzer words;
    readonly DomainAnalyzer pairs;
    readonly Similarity similarity = new BM25Similarity(Bm25K1, Bm25B);

    public LuceneClauseIndex(string path, Thesaurus thesaurus)
    {
        System.IO.Directory.CreateDirectory(path);
        directory = FSDirectory.Open(path);
        words = new DomainAnalyzer(thesaurus);
        pairs = new DomainAnalyzer(thesaurus, shingles: true);
        var perField = new PerFieldAnalyzerWrapper(words, new Dictionary<string, Analyzer> { [Pairs] = pairs });
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, perField)
        {
            OpenMode = OpenMode.CREATE_OR_APPEND,
            Similarity = similarity,
            RAMBufferSizeMB = 64,
        };
        try
        {
            writer = new IndexWriter(directory, config);
        }
        catch (LockObtainFailedException)
        {
            directory.Dispose();
            throw new IndexInUseException(path);
        }

        writer.Commit();
        searchers = new SearcherManager(writer, applyAllDeletes: true, new SearcherFactory());
    }

    public IReadOnlyDictionary<string, string> DocumentHashes()
    {
        var searcher = searchers.Acquire();
        try
        {
            // One stored document per indexed file, found through the term dictionary: reading every clause
            // would take seconds on a large index.
            var reader = searcher.IndexReader;
            var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
            var keys = MultiFields.GetTerms(reader, DocumentKey)?.GetEnumerator();
            var live = MultiFields.GetLiveDocs(reader);
            while (keys?.MoveNext() == true)
            {
                var docs = keys.Docs(live, null, DocsFlags.NONE);
                if (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var doc = searcher.Doc(docs.DocID, new HashSet<string> { DocumentKey, DocumentHash });
                    hashes[doc.Get(DocumentKey)] = doc.Get(DocumentHash);
                }
            }

            return hashes;
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    public void Replace(string documentKey, string hash, IReadOnlyList<Clause> clauses) =>
        writer.UpdateDocuments(new Term(DocumentKey, documentKey), clauses.Select(c => StoredClause.ToDocument(documentKey, hash, c)));

    public void Remove(string documentKey) => writer.DeleteDocuments(new Term(DocumentKey, documentKey));

    public void Commit()
    {
        writer.Commit();
        searchers.MaybeRefreshBlocking();
    }

    const int TieMargin = 10;

    public IReadOnlyList<ClauseHit> Search(ClauseQuery query, int top)
    {
        var searcher = searchers.Acquire();
        try
        {
            searcher.Similarity = similarity;
            // Lucene breaks ties between equal scores by document number, which depends on the order documents were
            // indexed in (in parallel); ranking equal scores by clause instead gives every install of the same documents
            // the same answers. A few more hits than asked for are read so that ties at the cut are ranked too.
            var found = searcher.Search(BuildQuery(query, searcher.IndexReader), ScopeFilter(query.Scopes), top + TieMargin);
            return found.ScoreDocs.Select(hit => Read(searcher.IndexReader, hit))
                .OrderByDescending(hit => hit.Score)
                .ThenBy(hit => hit.Clause.Scope, StringComparer.Ordinal)
                .ThenBy(hit => hit.Clause.DocumentId, StringComparer.Ordinal)
                .ThenBy(hit => hit.Clause.Start)
                .Take(top)
                .ToList();
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    // A clause's stored fields are decompressed on every read, which cost more than the search itself; a clause found
    // again is taken from here. One cache per reader (an index update opens a new one, and a reader's document numbers
    // are its own), bounded so a large index keeps only the clauses found first.
    const int ReadCacheLimit = 20_000;
    readonly System.Runtime.CompilerServices.ConditionalWeakTable<IndexReader, System.Collections.Concurrent.ConcurrentDictionary<int, ClauseHit>> readClauses = new();

    ClauseHit Read(IndexReader reader, ScoreDoc hit)
    {
        var cache = readClauses.GetValue(reader, _ => new());
        if (!cache.TryGetValue(hit.Doc, out var stored))
        {
            stored = StoredClause.Read(reader, hit.Doc, 0);
            if (cache.Count < ReadCacheLimit)
            {
                cache.TryAdd(hit.Doc, stored);
            }
        }

        return stored with { Score = hit.Score };
    }

    public double Rarity(string term)
    {
        var searcher = searchers.Acquire();
        try
        {
            var reader = searcher.IndexReader;
            var frequency = StatisticsOf(reader).Of(new Term(Text, term)).DocFreq;
            return Math.Log(1 + (reader.NumDocs - frequency + 0.5) / (frequency + 0.5));
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    // Statistics belong to one version of the index; a search on a newer reader starts a new cache.
    volatile TermStatistics? statistics;

    TermStatistics StatisticsOf(IndexReader reader)
    {
        var current = statistics;
        if (current is null || !ReferenceEquals(current.Reader, reader))
        {
            current = new TermStatistics(reader);
            statistics = current;
        }

        return current;
    }

    public IReadOnlyList<Clause> ClausesOf(string scope, string documentId)
    {
        var searcher = searchers.Acquire();
        try
        {
            var found = searcher.Search(new TermQuery(new Term(DocumentKey, KeyOf(scope, documentId))), Math.Max(1, searcher.IndexReader.MaxDoc));
            return found.ScoreDocs.Select(hit => StoredClause.Read(searcher.IndexReader, hit.Doc, 0).Clause).OrderBy(c => c.Start).ToList();
        }
        finally
        {
            searchers.Release(searcher);
        }
    }

    /// <summary>The key a document is stored under: its scope (council id or "national") and id.</summary>
    public static string KeyOf(string scope, string documentId) => $"{scope}/{documentId}";

    public void Dispose()
    {
        searchers.Dispose();
        writer.Dispose();
        directory.Dispose();
    }

    // A council's scope filter is the same for every question it asks; cached per segment, it costs nothing after the first.
    readonly System.Collections.Concurrent.ConcurrentDictionary<string, Filter> scopeFilters = new(StringComparer.Ordinal);

    Filter ScopeFilter(IReadOnlyCollection<string> scopes) =>
        scopeFilters.GetOrAdd(string.Join('|', scopes.Order(StringComparer.Ordinal)), _ =>
        {
            var any = new BooleanQuery();
            foreach (var scope in scopes)
            {
                any.Add(new TermQuery(new Term(Scope, scope)), Occur.SHOULD);
            }

            return new CachingWrapperFilter(new QueryWrapperFilter(any));
        });

    /// <summary>
    /// The question as one BM25 disjunction over text, section and word pairs. A clause must contain one of the
    /// question's distinctive terms; the common ones (<see cref="CommonTermShare"/>) only add to the score of clauses
    /// that do. Scores are those of the plain disjunction (BM25 has no coordination factor); what changes is that
    /// clauses matching common words alone are never scored, which is most of the work in a large index.
    /// </summary>
    Query BuildQuery(ClauseQuery query, IndexReader reader)
    {
        var distinctive = new BooleanQuery();
        var common = new BooleanQuery();
        var commonAbove = Math.Max(CommonTermMinimum, CommonTermShare * reader.NumDocs);
        var known = StatisticsOf(reader);
        void Add(string field, string term, float boost)
        {
            var key = new Term(field, term);
            var context = known.Of(key);
            if (context.DocFreq > 0) // a term no clause has would make the distinctive part match nothing
            {
                (context.DocFreq > commonAbove ? common : distinctive).Add(new TermQuery(key, context) { Boost = boost }, Occur.SHOULD);
            }
        }

        foreach (var term in TermsOf(words, query.Question))
        {
            Add(Text, term, TextBoost);
            Add(Section, term, SectionBoost);
        }

        foreach (var pair in TermsOf(pairs, query.Question))
        {
            Add(Pairs, pair, PairsBoost);
        }

        var question = new BooleanQuery();
        if (distinctive.Clauses.Count > 0)
        {
            question.Add(distinctive, Occur.MUST);
        }

        if (common.Clauses.Count > 0)
        {
            question.Add(common, distinctive.Clauses.Count > 0 ? Occur.SHOULD : Occur.MUST);
        }

        if (query.AsksForRole && question.Clauses.Count > 0)
        {
            question.Add(new ConstantScoreQuery(new TermQuery(new Term(Directs, "yes"))) { Boost = DirectedRoleBoost }, Occur.SHOULD);
        }

        return question;
    }

    static IEnumerable<string> TermsOf(Analyzer analyzer, string text) =>
        QuestionTerms.Tokens(analyzer, text).Select(t => t.Term).Distinct().Take(MaxQueryTerms);
}
