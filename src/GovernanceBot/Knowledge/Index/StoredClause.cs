using GovernanceBot.Knowledge.Clauses;
using GovernanceBot.Knowledge.Routes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using static GovernanceBot.Knowledge.Index.ClauseIndexSchema;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace GovernanceBot.Knowledge.Index;

/// <summary>
/// How a clause is kept in Lucene: written as one document (<see cref="ToDocument"/>), and read back straight from
/// its stored fields, skipping the bookkeeping ones (keys and hashes). Building a Lucene document field by field
/// first was a third of a question's time in a large index.
/// </summary>
sealed class StoredClause : StoredFieldVisitor
{
    readonly List<string> routes = [];
    string scope = "", document = "", title = "", section = "", paragraph = "", text = "";
    int start, end;

    public static ClauseHit Read(IndexReader reader, int doc, float score)
    {
        var stored = new StoredClause();
        reader.Document(doc, stored);
        return new ClauseHit(
            new Clause(stored.scope, stored.document, stored.title, stored.section, stored.paragraph, stored.text, stored.start, stored.end),
            score,
            stored.routes);
    }

    public static LuceneDocument ToDocument(string documentKey, string hash, Clause clause)
    {
        var routes = RouteFinder.DirectedRoles(clause.Text);
        var doc = new LuceneDocument
        {
            new StringField(Key, $"{clause.Scope}/{clause.Key}", Field.Store.YES),
            new StringField(DocumentKey, documentKey, Field.Store.YES),
            new StringField(DocumentHash, hash, Field.Store.YES),
            new StringField(Scope, clause.Scope, Field.Store.YES),
            new StringField(ClauseIndexSchema.Document, clause.DocumentId, Field.Store.YES),
            new StoredField(Title, clause.DocumentTitle),
            new StoredField(Paragraph, clause.Paragraph),
            new Int32Field(Start, clause.Start, Field.Store.YES),
            new Int32Field(End, clause.End, Field.Store.YES),
            new TextField(Text, clause.Text, Field.Store.YES),
            new TextField(Pairs, clause.Text, Field.Store.NO),
            new TextField(Section, clause.SectionPath, Field.Store.YES),
            new StringField(Directs, routes.Count > 0 ? "yes" : "no", Field.Store.NO),
        };
        foreach (var role in routes.DefaultIfEmpty(NoRoute))
        {
            doc.Add(new StringField(ClauseIndexSchema.Routes, role, Field.Store.YES));
        }

        return doc;
    }

    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        Key or DocumentKey or DocumentHash => Status.NO,
        _ => Status.YES,
    };

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case Scope: scope = value; break;
            case ClauseIndexSchema.Document: document = value; break;
            case Title: title = value; break;
            case Section: section = value; break;
            case Paragraph: paragraph = value; break;
            case Text: text = value; break;
            case ClauseIndexSchema.Routes when value != NoRoute: routes.Add(value); break;
        }
    }

    public override void Int32Field(FieldInfo fieldInfo, int value)
    {
        if (fieldInfo.Name == Start)
        {
            start = value;
        }
        else if (fieldInfo.Name == End)
        {
            end = value;
        }
    }
}
